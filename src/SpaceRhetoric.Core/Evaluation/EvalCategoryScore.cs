namespace SpaceRhetoric.Evaluation;

/// <summary>Recall over the positive rows of one category.</summary>
/// <param name="Category">The category as the evaluation set spells it.</param>
/// <param name="Positives">Positive rows of that category.</param>
/// <param name="Found">Of those, rows flagged by any rule.</param>
/// <param name="FoundInCategory">Of those, rows flagged by a rule of the same category.</param>
public sealed record EvalCategoryScore(string Category, int Positives, int Found, int FoundInCategory)
{
    public double Recall => Positives == 0 ? 0 : (double)Found / Positives;
}
