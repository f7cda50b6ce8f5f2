namespace SpaceRhetoric.Rules;

/// <summary>The outcome of one rule example.</summary>
/// <param name="Example">The example, with its rule, file and position.</param>
/// <param name="Passed">Whether the rule reported exactly the marked spans (none for a passing example).</param>
/// <param name="Expected">The marked spans' text, in order.</param>
/// <param name="Actual">The text of the rule's findings, in order.</param>
/// <param name="Failure">Why it failed, or null.</param>
public sealed record RuleExampleResult(RuleExample Example, bool Passed, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual, string? Failure)
{
    public override string ToString() => Passed
        ? $"{Example.SourcePath}({Example.Line},{Example.Column}): {Example.RuleId} example passed"
        : $"{Example.SourcePath}({Example.Line},{Example.Column}): {Example.RuleId} example failed: {Failure}";
}
