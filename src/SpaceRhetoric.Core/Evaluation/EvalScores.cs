namespace SpaceRhetoric.Evaluation;

/// <summary>A confusion matrix over evaluation rows, with precision, recall and F1.</summary>
/// <remarks>A ratio whose denominator is zero (no row flagged, no positive row) is reported as 0.</remarks>
public sealed record EvalScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Rows => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public int Positives => TruePositives + FalseNegatives;

    public int Negatives => FalsePositives + TrueNegatives;

    /// <summary>Of the rows flagged, the share that should have been.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Of the rows that should be flagged, the share that were.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts the outcomes of <paramref name="outcomes"/>.</summary>
    public static EvalScores From(IEnumerable<EvalOutcome> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (EvalOutcome outcome in outcomes)
        {
            switch (outcome.Row.ShouldFlag, outcome.Flagged)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }
        }

        return new EvalScores(tp, fp, fn, tn);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
