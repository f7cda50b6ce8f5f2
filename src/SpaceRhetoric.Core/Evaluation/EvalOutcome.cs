using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Evaluation;

/// <summary>What the analyzer made of one evaluation row.</summary>
/// <param name="Row">The labelled sentence.</param>
/// <param name="Findings">Every finding the analyzer reported for the sentence (any severity).</param>
/// <param name="Flagged">Whether a finding reached the report's flag threshold.</param>
/// <param name="CategoryMatched">
/// For a flagged positive row: whether a counted finding came from a rule of the row's category
/// (<c>shared-future</c> matches <c>shared-future/common-interest</c>).
/// </param>
public sealed record EvalOutcome(EvalRow Row, IReadOnlyList<Diagnostic> Findings, bool Flagged, bool CategoryMatched)
{
    public bool IsFalseNegative => Row.ShouldFlag && !Flagged;

    public bool IsFalsePositive => !Row.ShouldFlag && Flagged;
}
