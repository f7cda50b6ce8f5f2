using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Evaluation;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Evaluation;

public sealed class EvalRunnerTests : IDisposable
{
    // Six rows: three to flag (one UNSURE), three not (one UNSURE); quotes are ordinary text.
    private const string Fixture =
        "id\tlabel\tcategory\ttext\tsource\treason\n" +
        "T1\t1\tuniversal-benefit\tThe probe serves humanity.\tnews\tFlag: serves humanity.\n" +
        "T2\t1\tshared-future/common-interest\tThe Moon is the \"common heritage\" of mankind.\ttreaty\tFlag: heritage.\n" +
        "T3\t1\tunity-claim\tSpace unites us.\tspeech\tFlag: unity (UNSURE).\n" +
        "T4\t0\tnone\tThe rover drove 40 metres.\tnews\tordinary: drive.\n" +
        "T5\t0\tnone\t“Critics” call humanity a slogan here.\tblog\tnear-miss (critical, UNSURE)\n" +
        "T6\t0\tnone\tMankind is a word.\tessay\tnear-miss (meta)\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "spacerhetoric-eval-" + Guid.NewGuid().ToString("N"));

    public EvalRunnerTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static KeywordAnalyzer Analyzer() => new(
        ("humanity", "SR1001", "universal-benefit", Severity.Warning),
        ("heritage", "SR1201", "shared-future", Severity.Error),
        ("mankind", "SR1004", "universal-benefit", Severity.Note));

    private string Write(string content, string name = "set.tsv")
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Run_CountsEachRowOnceAgainstItsLabel()
    {
        EvalReport report = EvalRunner.Run(Analyzer(), Write(Fixture));

        // T1 and T2 flagged (TP); T3 missed (FN); T5 flagged (FP); T4 and T6 (note only) clean (TN).
        Assert.Equal(new EvalScores(2, 1, 1, 2), report.Overall);
        Assert.Equal(2.0 / 3, report.Overall.Precision, 6);
        Assert.Equal(2.0 / 3, report.Overall.Recall, 6);
        Assert.Equal(2.0 / 3, report.Overall.F1, 6);
    }

    [Fact]
    public void Run_WithoutUnsure_LeavesOutRowsWhoseReasonSaysUnsure()
    {
        EvalReport report = EvalRunner.Run(Analyzer(), Write(Fixture));

        Assert.Equal(new EvalScores(2, 0, 0, 2), report.WithoutUnsure);
        Assert.Equal(1.0, report.WithoutUnsure.Precision);
        Assert.Equal(1.0, report.WithoutUnsure.Recall);
    }

    [Fact]
    public void Run_NoteFindings_DoNotFlagAtTheDefaultThreshold_ButDoAtNote()
    {
        string path = Write(Fixture);

        EvalOutcome atWarning = EvalRunner.Run(Analyzer(), path).Outcomes.Single(o => o.Row.Id == "T6");
        EvalOutcome atNote = EvalRunner.Run(Analyzer(), path, Severity.Note).Outcomes.Single(o => o.Row.Id == "T6");

        Assert.Single(atWarning.Findings);
        Assert.False(atWarning.Flagged);
        Assert.True(atNote.Flagged);
    }

    [Fact]
    public void Run_RecallPerCategory_MatchesShortRuleCategoriesToLongRowCategories()
    {
        EvalReport report = EvalRunner.Run(Analyzer(), Write(Fixture));

        Assert.Collection(
            report.Categories,
            c => Assert.Equal(new EvalCategoryScore("shared-future/common-interest", 1, 1, 1), c),
            c => Assert.Equal(new EvalCategoryScore("unity-claim", 1, 0, 0), c),
            c => Assert.Equal(new EvalCategoryScore("universal-benefit", 1, 1, 1), c));
    }

    [Fact]
    public void Run_ScoresEachRuleOnTheRowsItFlagged()
    {
        EvalReport report = EvalRunner.Run(Analyzer(), Write(Fixture));

        // SR1001 flags T1 (right) and T5 (wrong); SR1201 flags T2; SR1004 only reports notes.
        Assert.Equal([new EvalRuleScore("SR1001", 2, 1), new EvalRuleScore("SR1201", 1, 1)], report.RuleScores);
        Assert.Equal(0.5, report.RuleScores[0].Precision);
    }

    [Fact]
    public void Run_ListsMissesWithIdAndText()
    {
        EvalReport report = EvalRunner.Run(Analyzer(), Write(Fixture));

        Assert.Equal(["T3"], report.FalseNegatives.Select(o => o.Row.Id));
        Assert.Equal(["T5"], report.FalsePositives.Select(o => o.Row.Id));
        Assert.Equal("“Critics” call humanity a slogan here.", report.FalsePositives.Single().Row.Text);
    }

    [Fact]
    public void Format_ShowsBothScoreLinesCategoriesAndMisses()
    {
        string text = EvalRunner.Run(Analyzer(), Write(Fixture)).Format();

        Assert.Contains("6 rows (3 to flag, 3 not), 2 marked UNSURE", text, StringComparison.Ordinal);
        Assert.Matches(@"all\s+6\s+2\s+1\s+1\s+2\s+0\.667\s+0\.667\s+0\.667", text);
        Assert.Matches(@"without UNSURE\s+4\s+2\s+0\s+0\s+2\s+1\.000\s+1\.000\s+1\.000", text);
        Assert.Matches(@"unity-claim\s+1\s+0\s+0\.000\s+0", text);
        Assert.Contains("T3 [unity-claim] (UNSURE): Space unites us.", text, StringComparison.Ordinal);
        Assert.Contains("T5 (UNSURE): “Critics” call humanity a slogan here.", text, StringComparison.Ordinal);
        Assert.Contains("warning SR1001: 'humanity'", text, StringComparison.Ordinal);
        Assert.Matches(@"SR1001\s+2\s+1\s+0\.500", text);
    }

    [Fact]
    public void ToDocument_IsOneTextBlockWithTheSentencesOwnOffsets()
    {
        var row = new EvalRow("X1", true, "unity-claim", "Space unites us.", "s", "r", 2);

        var document = EvalRunner.ToDocument(row);

        var block = Assert.Single(document.Blocks);
        Assert.Equal(ProseScope.Text, block.Scope);
        Assert.Equal("X1", document.Path);
        Assert.Equal(row.Text, document.Source.Text);
        Assert.Equal(new TextSpan(6, 6), block.MapToSource(new TextSpan(6, 6)));
    }

    [Fact]
    public void Read_MissingFile_IsAToolDiagnostic()
    {
        var e = Assert.Throws<ToolDiagnosticException>(() => EvalRunner.Run(Analyzer(), Path.Combine(_directory, "absent.tsv")));

        Assert.Equal(ToolDiagnosticIds.FileUnreadable, Assert.Single(e.Diagnostics).Id);
    }

    [Theory]
    [InlineData("id\tlabel\ttext\n", 1, "no 'category' column")]
    [InlineData("id\tlabel\tcategory\ttext\tsource\treason\nA\t1\tnone\n", 2, "3 tab-separated cells")]
    [InlineData("id\tlabel\tcategory\ttext\tsource\treason\nA\tyes\tnone\tt\ts\tr\n", 2, "label 'yes'")]
    [InlineData("id\tlabel\tcategory\ttext\tsource\treason\nA\t1\tnone\tt\ts\tr\nA\t0\tnone\tt\ts\tr\n", 3, "more than once")]
    public void Read_MalformedSet_ReportsTheLine(string content, int line, string message)
    {
        var e = Assert.Throws<ToolDiagnosticException>(() => EvalTsvReader.Read(Write(content)));

        ToolDiagnostic diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FindsColumnsByHeaderName()
    {
        IReadOnlyList<EvalRow> rows = EvalTsvReader.Read(Write("text\treason\tlabel\tid\tsource\tcategory\nSpace unites us.\tUNSURE\t1\tZ9\tweb\tunity-claim\n"));

        EvalRow row = Assert.Single(rows);
        Assert.Equal(new EvalRow("Z9", true, "unity-claim", "Space unites us.", "web", "UNSURE", 2), row);
        Assert.True(row.IsUnsure);
    }

    [Fact]
    public void SharedFileFact_SkipsWithTheMissingPath()
    {
        var fact = new SharedFileFactAttribute("eval/no-such-set.tsv");

        Assert.NotNull(fact.Skip);
        Assert.Contains("../shared/eval/no-such-set.tsv", fact.Skip, StringComparison.Ordinal);
    }
}
