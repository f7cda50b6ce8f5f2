namespace SpaceRhetoric.Rules;

/// <summary>The outcome of every example of a rule pack, and which rules have examples at all.</summary>
/// <param name="Results">One result per example, by rule ID then file order.</param>
/// <param name="RulesWithExamples">IDs of rules with at least one flagged and one passing example.</param>
/// <param name="RulesWithoutExamples">IDs of rules missing flagged or passing examples.</param>
public sealed record RuleExampleReport(IReadOnlyList<RuleExampleResult> Results, IReadOnlyList<string> RulesWithExamples, IReadOnlyList<string> RulesWithoutExamples)
{
    public bool AllPassed => Results.All(r => r.Passed);

    public int FailedCount => Results.Count(r => !r.Passed);
}
