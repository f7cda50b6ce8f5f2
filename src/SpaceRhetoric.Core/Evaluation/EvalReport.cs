using System.Globalization;
using System.Text;
using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Evaluation;

/// <summary>
/// Scores of a rule pack on a labelled evaluation set: overall precision, recall and F1 with and
/// without the borderline (UNSURE) rows, recall per category, and every miss.
/// </summary>
public sealed class EvalReport
{
    public EvalReport(string source, Severity flagThreshold, IReadOnlyList<EvalOutcome> outcomes)
    {
        Source = source;
        FlagThreshold = flagThreshold;
        Outcomes = outcomes;
        Overall = EvalScores.From(outcomes);
        WithoutUnsure = EvalScores.From(outcomes.Where(o => !o.Row.IsUnsure));
        Categories = outcomes
            .Where(o => o.Row.ShouldFlag)
            .GroupBy(o => o.Row.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EvalCategoryScore(g.Key, g.Count(), g.Count(o => o.Flagged), g.Count(o => o.Flagged && o.CategoryMatched)))
            .ToList();
        RuleScores = outcomes
            .SelectMany(o => o.Findings.Where(f => f.Severity >= flagThreshold).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Select(id => (Id: id, o.Row.ShouldFlag)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EvalRuleScore(g.Key, g.Count(), g.Count(x => x.ShouldFlag)))
            .ToList();
    }

    /// <summary>The evaluation set's name as given (a path).</summary>
    public string Source { get; }

    /// <summary>A row counts as flagged when a finding has at least this severity.</summary>
    public Severity FlagThreshold { get; }

    /// <summary>One outcome per row, in file order.</summary>
    public IReadOnlyList<EvalOutcome> Outcomes { get; }

    /// <summary>Scores over every row.</summary>
    public EvalScores Overall { get; }

    /// <summary>Scores over the rows whose reason is not marked UNSURE.</summary>
    public EvalScores WithoutUnsure { get; }

    /// <summary>Recall per category of the positive rows (precision is only meaningful overall).</summary>
    public IReadOnlyList<EvalCategoryScore> Categories { get; }

    /// <summary>Per rule, the rows it flagged and how many of them were right, by rule ID.</summary>
    public IReadOnlyList<EvalRuleScore> RuleScores { get; }

    public IEnumerable<EvalOutcome> FalseNegatives => Outcomes.Where(o => o.IsFalseNegative);

    public IEnumerable<EvalOutcome> FalsePositives => Outcomes.Where(o => o.IsFalsePositive);

    /// <summary>The report as a plain-text table, for a terminal or a Markdown code block.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        int unsure = Outcomes.Count(o => o.Row.IsUnsure);
        text.AppendLine(Invariant($"Evaluation of {Source}: {Overall.Rows} rows ({Overall.Positives} to flag, {Overall.Negatives} not), {unsure} marked UNSURE."));
        text.AppendLine(Invariant($"A row is flagged when a finding has severity {FlagThreshold.ToName()} or above."));
        text.AppendLine();
        text.AppendLine(Invariant($"{"rows",-16} {"n",5} {"TP",4} {"FP",4} {"FN",4} {"TN",4} {"precision",10} {"recall",7} {"F1",6}"));
        AppendScores(text, "all", Overall);
        AppendScores(text, "without UNSURE", WithoutUnsure);
        text.AppendLine();
        text.AppendLine(Invariant($"{"category (positive rows)",-32} {"n",4} {"found",6} {"recall",7} {"same-category rule",19}"));
        foreach (EvalCategoryScore category in Categories)
        {
            text.AppendLine(Invariant($"{category.Category,-32} {category.Positives,4} {category.Found,6} {category.Recall,7:0.000} {category.FoundInCategory,19}"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"{"rule",-8} {"rows",5} {"correct",8} {"precision",10}"));
        foreach (EvalRuleScore rule in RuleScores)
        {
            text.AppendLine(Invariant($"{rule.RuleId,-8} {rule.Rows,5} {rule.Correct,8} {rule.Precision,10:0.000}"));
        }

        AppendOutcomes(text, "False negatives (should be flagged, were not)", FalseNegatives.ToList());
        AppendOutcomes(text, "False positives (flagged, should not be)", FalsePositives.ToList());
        return text.ToString();
    }

    private static void AppendScores(StringBuilder text, string name, EvalScores scores) =>
        text.AppendLine(Invariant($"{name,-16} {scores.Rows,5} {scores.TruePositives,4} {scores.FalsePositives,4} {scores.FalseNegatives,4} {scores.TrueNegatives,4} {scores.Precision,10:0.000} {scores.Recall,7:0.000} {scores.F1,6:0.000}"));

    private static void AppendOutcomes(StringBuilder text, string title, IReadOnlyList<EvalOutcome> outcomes)
    {
        text.AppendLine();
        text.AppendLine(Invariant($"{title}: {outcomes.Count}"));
        foreach (EvalOutcome outcome in outcomes)
        {
            string marks = outcome.Row.IsUnsure ? " (UNSURE)" : string.Empty;
            string category = outcome.Row.ShouldFlag ? " [" + outcome.Row.Category + "]" : string.Empty;
            text.AppendLine(Invariant($"  {outcome.Row.Id}{category}{marks}: {outcome.Row.Text}"));
            foreach (Diagnostic finding in outcome.Findings)
            {
                text.AppendLine(Invariant($"      {finding.Severity.ToName()} {finding.RuleId}: '{finding.MatchedText}'"));
            }
        }
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
