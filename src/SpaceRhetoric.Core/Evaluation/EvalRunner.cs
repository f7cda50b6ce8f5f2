using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Evaluation;

/// <summary>
/// Measures a rule pack on a labelled evaluation set. Each sentence is linted as a document of its
/// own: one <see cref="ProseScope.Text"/> block whose offsets are the sentence's own.
/// </summary>
/// <remarks>
/// A sentence counts as flagged when a finding reaches <see cref="Severity.Warning"/> — what a default
/// <c>lint</c> run reports as a problem. Notes are left out on purpose: a note is advice (the pack's
/// density rule, or a rule a user downgraded), not a claim the writer is asked to change.
/// </remarks>
/// <example><code>
/// EvalReport report = EvalRunner.Run(RulePackLoader.Load(true, []).Analyzer, "eval/dev.tsv");
/// Console.Write(report.Format());
/// </code></example>
public static class EvalRunner
{
    /// <summary>The default flag threshold.</summary>
    public const Severity DefaultFlagThreshold = Severity.Warning;

    /// <exception cref="ToolDiagnosticException">The file is missing or malformed.</exception>
    public static EvalReport Run(IDocumentAnalyzer analyzer, string tsvPath) =>
        Run(analyzer, tsvPath, DefaultFlagThreshold);

    /// <exception cref="ToolDiagnosticException">The file is missing or malformed.</exception>
    public static EvalReport Run(IDocumentAnalyzer analyzer, string tsvPath, Severity flagThreshold)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return Run(analyzer, EvalTsvReader.Read(tsvPath), tsvPath, flagThreshold);
    }

    /// <summary>Runs already-read rows; <paramref name="source"/> names them in the report.</summary>
    public static EvalReport Run(IDocumentAnalyzer analyzer, IReadOnlyList<EvalRow> rows, string source, Severity flagThreshold = DefaultFlagThreshold)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfEqual(flagThreshold, Severity.None);

        var categories = analyzer.Rules.ToDictionary(r => r.Id, r => r.Category, StringComparer.Ordinal);
        var outcomes = new EvalOutcome[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            EvalRow row = rows[i];
            IReadOnlyList<Diagnostic> findings = analyzer.Analyze(ToDocument(row), AnalysisOptions.Default);
            var counted = findings.Where(f => f.Severity >= flagThreshold).ToList();
            bool categoryMatched = counted.Any(f => categories.TryGetValue(f.RuleId, out string? category) && SameCategory(category, row.Category));
            outcomes[i] = new EvalOutcome(row, findings, counted.Count > 0, categoryMatched);
        }

        return new EvalReport(source, flagThreshold, outcomes);
    }

    /// <summary>The sentence as a one-block plain-text document, named after the row ID.</summary>
    public static Document ToDocument(EvalRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var offsets = new int[row.Text.Length];
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = i;
        }

        var block = new ProseBlock(ProseScope.Text, row.Text, offsets);
        return new Document(row.Id, new SourceText(row.Text), [block]);
    }

    /// <summary>
    /// Rule categories are short forms of the evaluation set's: <c>shared-future</c> for
    /// <c>shared-future/common-interest</c>, <c>national-solution</c> for <c>national-solution-as-universal</c>.
    /// </summary>
    internal static bool SameCategory(string ruleCategory, string rowCategory) =>
        rowCategory.Equals(ruleCategory, StringComparison.OrdinalIgnoreCase)
        || (rowCategory.StartsWith(ruleCategory, StringComparison.OrdinalIgnoreCase)
            && rowCategory.Length > ruleCategory.Length
            && rowCategory[ruleCategory.Length] is '/' or '-');
}
