using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Cli.Tests;

public sealed class TextReportWriterTests
{
    private static readonly SourceText Source = new("First line.\r\nSpace unites us 😀 all.\nfor mankind\n");

    [Fact]
    public void Finding_IsPrintedInCanonicalFormat_WithOneBasedUtf16Columns()
    {
        var output = new StringWriter { NewLine = "\n" };
        FileResult file = File("docs/a.md", Finding("SR1101", Severity.Warning, 13), Finding("SR1004", Severity.Note, 37), Finding("SR1001", Severity.Error, 31));

        new TextReportWriter(output, color: false).WriteFile(file);

        Assert.Equal(
            "docs/a.md(2,1): warning SR1101: Found.\n" +
            "docs/a.md(3,1): info SR1004: Found.\n" +
            "docs/a.md(2,19): error SR1001: Found.\n",
            output.ToString());
    }

    [Fact]
    public void SuppressedFinding_IsNotPrintedNorCounted_AndDoesNotFail()
    {
        var output = new StringWriter();
        var counts = new FindingCounts(FindingCounts.FailAtOrAbove(Severity.Warning));
        FileResult file = File("a.md", Finding("SR1101", Severity.Warning, 13) with { Suppression = new Suppression("inSource", "quoted on purpose") });

        new TextReportWriter(output, color: false).WriteFile(file);
        counts.AddFile(file);

        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(ExitCodes.Success, counts.ExitCode);
        Assert.Equal("No findings in 1 file; 1 suppressed.", TextReportWriter.Summary(counts, rules: 3));
    }

    [Fact]
    public void Summary_WithBaseline_CountsStatesOfShownFindings_AndAbsent()
    {
        var counts = new FindingCounts(FindingCounts.FailAtOrAbove(Severity.Warning)) { HasBaseline = true, Absent = 3 };
        counts.AddFile(File("a.md",
            Finding("SR1001", Severity.Warning, 0) with { BaselineState = BaselineState.New },
            Finding("SR1002", Severity.Warning, 13) with { BaselineState = BaselineState.Unchanged },
            Finding("SR1003", Severity.Warning, 20) with { BaselineState = BaselineState.Updated },
            Finding("SR1004", Severity.Warning, 30) with { BaselineState = BaselineState.Unchanged, Suppression = new Suppression("inSource", null) }));

        Assert.Equal(
            "3 warnings in 1 of 1 file (5 rules); 1 suppressed; 1 new, 1 unchanged, 1 updated, 3 absent from baseline.",
            TextReportWriter.Summary(counts, rules: 5));
    }

    [Fact]
    public void Color_WrapsOnlyTheSeverityWord()
    {
        var output = new StringWriter { NewLine = "\n" };

        new TextReportWriter(output, color: true).WriteFile(File("a.md", Finding("SR1001", Severity.Error, 0)));

        Assert.Equal("a.md(1,1): \u001b[31merror\u001b[0m SR1001: Found.\n", output.ToString());
    }

    [Fact]
    public void Summary_CountsBySeverity_FilesWithFindings_Rules_AndUnreadableFiles()
    {
        var counts = new FindingCounts(FindingCounts.FailAtOrAbove(Severity.Error));
        counts.AddFile(File("a.md", Finding("SR1001", Severity.Error, 0), Finding("SR1002", Severity.Warning, 13), Finding("SR1003", Severity.Warning, 20)));
        counts.AddFile(File("b.md"));
        counts.AddFile(File("c.md", Finding("SR1004", Severity.Note, 37)));
        counts.AddNotifications(1);

        Assert.Equal("1 error, 2 warnings, 1 note in 2 of 3 files (1 rule); 1 file could not be read.", TextReportWriter.Summary(counts, rules: 1));
        Assert.Equal(ExitCodes.UnreadableFiles, counts.ExitCode);
    }

    [Fact]
    public void FileOutsideTheRoot_IsPrintedByItsAbsolutePath()
    {
        var output = new StringWriter { NewLine = "\n" };
        FileResult file = File("file:///srv/docs/a.md", Finding("SR1001", Severity.Warning, 0)) with { FullPath = "/srv/docs/a.md" };

        new TextReportWriter(output, color: false).WriteFile(file);

        Assert.StartsWith("/srv/docs/a.md(1,1): warning SR1001", output.ToString(), StringComparison.Ordinal);
    }

    private static FileResult File(string path, params Diagnostic[] diagnostics) => new(path, "/abs/" + path, Source, diagnostics);

    private static Diagnostic Finding(string ruleId, Severity severity, int start) => new()
    {
        RuleId = ruleId,
        Severity = severity,
        DefaultSeverity = severity,
        Message = "Found.",
        Span = new TextSpan(start, 3),
        MatchedText = "xyz",
    };
}
