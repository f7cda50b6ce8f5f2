namespace SpaceRhetoric.Evaluation;

/// <summary>
/// One labelled sentence of an evaluation set (a row of <c>id, label, category, text, source, reason</c>).
/// </summary>
/// <param name="Id">Row ID, e.g. <c>S041</c>.</param>
/// <param name="ShouldFlag">The label: true when the sentence should be reported.</param>
/// <param name="Category">For a positive row, the category it should be reported under (e.g. <c>unity-claim</c>); <c>none</c> otherwise.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Source">Where the sentence comes from.</param>
/// <param name="Reason">The annotator's reason; contains <c>UNSURE</c> for borderline rows.</param>
/// <param name="Line">1-based line of the row in its file.</param>
public sealed record EvalRow(string Id, bool ShouldFlag, string Category, string Text, string Source, string Reason, int Line)
{
    /// <summary>Borderline rows, reported separately so that scores can be read with and without them.</summary>
    public bool IsUnsure => Reason.Contains("UNSURE", StringComparison.Ordinal);
}
