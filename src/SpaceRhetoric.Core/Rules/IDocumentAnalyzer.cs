using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;

namespace SpaceRhetoric.Rules;

/// <summary>
/// A loaded, compiled set of rules that analyses one document at a time. Thread-safe: the engine
/// calls <see cref="Analyze"/> for many documents in parallel.
/// </summary>
public interface IDocumentAnalyzer
{
    /// <summary>Every loaded rule, sorted by ID (enabled or not; severity <c>none</c> disables).</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>
    /// Findings in source order (by span start, then rule ID). Findings whose effective severity is
    /// <see cref="Severity.None"/> are left out.
    /// </summary>
    IReadOnlyList<Diagnostic> Analyze(Document document, AnalysisOptions options);
}
