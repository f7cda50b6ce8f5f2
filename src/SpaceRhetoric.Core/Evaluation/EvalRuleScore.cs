namespace SpaceRhetoric.Evaluation;

/// <summary>How one rule fared: the rows where it reached the flag threshold, and how many of them should be flagged.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Rows">Rows where the rule reported a finding at or above the threshold.</param>
/// <param name="Correct">Of those, rows labelled to be flagged.</param>
public sealed record EvalRuleScore(string RuleId, int Rows, int Correct)
{
    /// <summary>The share of the rule's rows that should be flagged: the rule's own precision.</summary>
    public double Precision => Rows == 0 ? 0 : (double)Correct / Rows;
}
