using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>End-to-end properties that an approved transcript cannot express.</summary>
public sealed partial class CliBehaviourTests
{
    [Fact]
    public void SarifWrittenTwice_IsByteIdentical_HasNoBom_AndMatchesTextFindings()
    {
        using var temp = new TempFolder();
        string first = Path.Combine(temp.Path, "first.sarif");
        string second = Path.Combine(temp.Path, "second.sarif");

        CliResult a = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples", "--format", "sarif", "--output", first]);
        CliResult b = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples", "--format", "sarif", "--output", second, "--threads", "1"]);
        CliResult toStdout = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples", "--format", "sarif"]);
        CliResult text = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples"]);

        byte[] firstBytes = File.ReadAllBytes(first);
        SarifArtifacts.Keep("samples-first.sarif", firstBytes);
        SarifArtifacts.Keep("samples-stdout.sarif", toStdout.StdoutBytes);
        Assert.Equal(text.ExitCode, a.ExitCode);
        Assert.Equal(a.ExitCode, b.ExitCode);
        Assert.Empty(a.StdoutBytes);
        Assert.Equal(firstBytes, File.ReadAllBytes(second));
        Assert.Equal(firstBytes, toStdout.StdoutBytes);
        Assert.Equal((byte)'{', firstBytes[0]);

        using JsonDocument log = JsonDocument.Parse(firstBytes);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        int sarifResults = log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        int textFindings = text.Stdout.Split('\n').Count(l => FindingLine().IsMatch(l));
        Assert.True(textFindings > 0, "The samples are meant to have findings.");
        Assert.Equal(textFindings, sarifResults);
    }

    [Fact]
    public void WhenRuleFileIsBroken_ExistingOutputFileIsLeftUntouched_AndNoTemporaryFileRemains()
    {
        using var temp = new TempFolder();
        TempFolder.CopyTree(Path.Combine(CliRunner.FixturesRoot, "broken-rule", "input"), temp.Path, _ => true);
        string report = Path.Combine(temp.Path, "report.sarif");
        File.WriteAllText(report, "previous run");

        CliResult result = CliRunner.Run(temp.Path, ["lint", "docs", "--rules", "rules", "--format", "sarif", "--output", "report.sarif"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(ToolDiagnosticLine(), result.Stderr.Split('\n')[0]);
        Assert.Equal("previous run", File.ReadAllText(report));
        Assert.Equal(["report.sarif"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WhenFileIsNotReadable_OthersAreStillLinted_AndExitCodeIs3()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // chmod 000 does not stop root (the dangling-link fixture covers that case).
        }

        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "a.md"), "The station serves the partner agencies.\n");
        string locked = Path.Combine(temp.Path, "b.md");
        File.WriteAllText(locked, "Space unites us.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);

        CliResult result = CliRunner.Run(temp.Path, ["lint"]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("b.md: error SR9201: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in 1 file", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOutput_IsTheSameWhateverTheNumberOfThreads()
    {
        CliResult one = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples", "tests/SpaceRhetoric.Cli.Tests/Fixtures/glob-inputs/input", "--threads", "1"]);
        CliResult many = CliRunner.Run(CliRunner.RepoRoot, ["lint", "samples", "tests/SpaceRhetoric.Cli.Tests/Fixtures/glob-inputs/input", "--threads", "8"]);

        Assert.Equal(one.ExitCode, many.ExitCode);
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(one.Stderr, many.Stderr);
    }

    [Fact]
    public void Version_PrintsTheProductVersion()
    {
        CliResult result = CliRunner.Run(CliRunner.RepoRoot, ["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ProductInfo.Version, result.Stdout.Trim());
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        CliResult result = CliRunner.Run(CliRunner.RepoRoot, ["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lint", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    [GeneratedRegex(@"^\S.*\(\d+,\d+\): (error|warning|info) SR\d{4}: .+$")]
    private static partial Regex FindingLine();

    [GeneratedRegex(@"^\S.*\(\d+,\d+\): error SR9\d{3}: .+$")]
    private static partial Regex ToolDiagnosticLine();
}
