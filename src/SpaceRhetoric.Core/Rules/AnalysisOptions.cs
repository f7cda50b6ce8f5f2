using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Rules;

/// <summary>What configuration tells the analyzer for one document.</summary>
public sealed class AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    /// <summary>
    /// The effective severity of a rule for this document (after <c>.editorconfig</c> and configuration);
    /// when null, every rule runs at its default severity.
    /// </summary>
    public Func<RuleDescriptor, Severity>? SeverityResolver { get; init; }

    /// <summary>Per-rule option overrides from configuration, by rule ID (<c>*</c> for all rules).</summary>
    public IReadOnlyDictionary<string, RuleOptions> RuleOptions { get; init; } = new Dictionary<string, RuleOptions>();

    /// <summary>When set, receives one line per decision that suppressed or downgraded a candidate (explain mode).</summary>
    public Action<ExplainEntry>? Explain { get; init; }
}

/// <summary>Options a user may override per rule.</summary>
public sealed record RuleOptions
{
    /// <summary>Override of the qualifier window: <c>clause</c>, <c>sentence</c> or <c>paragraph</c>.</summary>
    public string? QualifierWindow { get; init; }

    /// <summary>How quoted claims are handled: <c>report</c>, <c>skip</c>, or a severity name to downgrade to.</summary>
    public string? Quoted { get; init; }
}

/// <summary>One analyzer decision shown in explain mode.</summary>
/// <param name="Path">Document path.</param>
/// <param name="Offset">Source offset of the candidate match.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="MatchedText">The candidate.</param>
/// <param name="Decision">E.g. <c>suppressed by qualifier 'stakeholder' ("ESA member states") in sentence</c>.</param>
public sealed record ExplainEntry(string Path, int Offset, string RuleId, string MatchedText, string Decision);
