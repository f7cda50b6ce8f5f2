using System.Text.Json;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>
/// The baseline workflow on a copy of <c>samples/</c>: record, edit the documents, compare. Editing between runs is
/// what a fixture folder cannot express.
/// </summary>
public sealed class BaselineWorkflowTests
{
    private const string Moved = """
        The programme opens a new chapter in humanity's journey to the stars and secures a shared future
        for mankind. Every nation will benefit from the science returned from the lunar surface.


        """;

    [Fact]
    public void MovedAndRewrappedParagraphs_AreNotNew_ANewClaimIs_AndAFixedOneIsAbsent()
    {
        using var temp = new TempFolder();
        TempFolder.CopyTree(Path.Combine(CliRunner.RepoRoot, "samples"), Path.Combine(temp.Path, "samples"), _ => true);
        string release = Path.Combine(temp.Path, "samples", "press-release.md");

        CliResult record = CliRunner.Run(temp.Path, ["lint", "samples", "--write-baseline", "base.sarif"]);
        Assert.Equal(1, record.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "base.sarif")), record.Stderr);
        Assert.DoesNotContain("from baseline", record.Stdout, StringComparison.Ordinal);
        SarifArtifacts.Keep("baseline-workflow-base.sarif", File.ReadAllBytes(Path.Combine(temp.Path, "base.sarif")));

        // Move one paragraph above another and re-wrap the quoted one.
        string text = File.ReadAllText(release).ReplaceLineEndings("\n");
        string moved = Moved.ReplaceLineEndings("\n")[..^1];
        Assert.Contains(moved, text, StringComparison.Ordinal);
        text = text.Replace(moved, string.Empty, StringComparison.Ordinal)
            .Replace("The module will carry", moved + "The module will carry", StringComparison.Ordinal)
            .Replace("built for the benefit of all humanity,\" said the programme director. \"When we\nlook back",
                "built for the benefit of\nall humanity,\" said the programme director.\n\"When we look back", StringComparison.Ordinal);
        Assert.Contains("built for the benefit of\nall humanity", text, StringComparison.Ordinal);
        File.WriteAllText(release, text);

        CliResult edited = CliRunner.Run(temp.Path, ["lint", "samples", "--baseline", "base.sarif", "--fail-on", "new"]);
        Assert.Equal(0, edited.ExitCode);
        Assert.Contains("; 0 new, ", edited.Stdout, StringComparison.Ordinal);
        Assert.Contains(", 0 absent from baseline.", edited.Stdout, StringComparison.Ordinal);

        CliResult anyFails = CliRunner.Run(temp.Path, ["lint", "samples", "--baseline", "base.sarif"]);
        Assert.Equal(1, anyFails.ExitCode);

        // A new claim, and a fixed one.
        File.WriteAllText(release, text.Replace("Space unites us.", "Space travel is expensive.", StringComparison.Ordinal)
            + "\nThis mission is for the benefit of all humanity.\n");
        CliResult changed = CliRunner.Run(temp.Path, ["lint", "samples", "--baseline", "base.sarif", "--fail-on", "new", "--format", "sarif", "--output", "now.sarif"]);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("; 1 new, ", changed.Stderr, StringComparison.Ordinal);
        Assert.Contains(", 1 absent from baseline.", changed.Stderr, StringComparison.Ordinal);

        byte[] log = File.ReadAllBytes(Path.Combine(temp.Path, "now.sarif"));
        SarifArtifacts.Keep("baseline-workflow-now.sarif", log);
        using JsonDocument document = JsonDocument.Parse(log);
        var states = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("baselineState").GetString())
            .ToList();
        Assert.Equal(1, states.Count(s => s == "new"));
        Assert.DoesNotContain("absent", states);
        Assert.All(states, s => Assert.Contains(s, new[] { "new", "unchanged", "updated" }));
    }

    [Fact]
    public void WriteBaseline_IsTheSarifLog_AndReadsBackWithNothingNew()
    {
        using var temp = new TempFolder();
        TempFolder.CopyTree(Path.Combine(CliRunner.RepoRoot, "samples"), Path.Combine(temp.Path, "samples"), _ => true);

        CliResult sarif = CliRunner.Run(temp.Path, ["lint", "samples", "--format", "sarif", "--output", "out.sarif", "--write-baseline", "base.sarif"]);
        CliResult again = CliRunner.Run(temp.Path, ["lint", "samples", "--baseline", "base.sarif", "--fail-on", "new"]);

        Assert.Equal(1, sarif.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "out.sarif")), File.ReadAllBytes(Path.Combine(temp.Path, "base.sarif")));
        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"; 0 new, \d+ unchanged, 0 updated, 0 absent from baseline\.\n$", again.Stdout);
    }

    [Fact]
    public void InitThenLint_TheStarterFileIsValid()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "a.md"), "Ground stations serve ESA member states.\n");

        CliResult init = CliRunner.Run(temp.Path, ["init"]);
        CliResult lint = CliRunner.Run(temp.Path, ["lint"]);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal((0, string.Empty), (lint.ExitCode, lint.Stderr));
        Assert.Equal("No findings in 1 file.\n", lint.Stdout);
    }
}
