using System.Text.Json.Nodes;
using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class BaselineTests
{
    private const string Original = """
        # Space strategy

        Our launcher programme serves {|SR1001:all humanity|} and will be ready in 2030.

        Space {|SR1101:unites us|} in a shared endeavour.

        Funding rises by four per cent.
        """;

    /// <summary>A finding as an analyzer would report it: the sentence around the match is its context.</summary>
    private static List<(string Path, SourceText Source, Diagnostic Diagnostic)> Lint(string path, string markup)
    {
        var built = DocumentBuilder.Parse(markup, path);
        SourceText source = built.Document.Source;
        return [.. built.Findings.Select(f => (path, source, f with { ContextText = Sentence(source.Text, f.Span) }))];
    }

    private static string Sentence(string text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && text[start - 1] is not ('.' or '#') && !(text[start - 1] == '\n' && start > 1 && text[start - 2] == '\n'))
        {
            start--;
        }

        int end = text.IndexOf('.', span.End);
        return text[start..(end < 0 ? text.Length : end + 1)].Trim();
    }

    /// <summary>The SARIF a <c>--write-baseline</c> run writes, reduced to what baselines read.</summary>
    private static string Sarif(IEnumerable<(string Path, SourceText Source, Diagnostic Diagnostic)> findings)
    {
        var results = new JsonArray();
        foreach (var (path, source, d) in findings)
        {
            LinePosition start = source.GetLinePosition(d.Span.Start);
            results.Add(new JsonObject
            {
                ["ruleId"] = d.RuleId,
                ["level"] = d.Severity.ToName(),
                ["message"] = new JsonObject { ["text"] = d.Message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = "SRCROOT" },
                        ["region"] = new JsonObject { ["startLine"] = start.Line + 1, ["startColumn"] = start.Character + 1 },
                    },
                }),
                ["partialFingerprints"] = new JsonObject { [ContentFingerprint.SarifKey] = ContentFingerprint.Compute(d) },
            });
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject { ["tool"] = new JsonObject { ["driver"] = new JsonObject { ["name"] = "SpaceRhetoric" } }, ["results"] = results }),
        };
        return log.ToJsonString();
    }

    private static BaselineComparison Compare(string baselineMarkup, string currentMarkup, string baselinePath = "docs/strategy.md", string currentPath = "docs/strategy.md")
    {
        Baseline baseline = Baseline.Parse(Sarif(Lint(baselinePath, baselineMarkup)), "main.sarif");
        var current = Lint(currentPath, currentMarkup);
        return baseline.Classify(current.Select(c => (c.Path, c.Diagnostic)), _ => current[0].Source);
    }

    private static BaselineState?[] States(BaselineComparison comparison) => [.. comparison.Results.Select(r => r.Diagnostic.BaselineState)];

    [Fact]
    public void SameDocument_AllUnchanged()
    {
        BaselineComparison comparison = Compare(Original, Original);

        Assert.Equal([BaselineState.Unchanged, BaselineState.Unchanged], States(comparison));
        Assert.Empty(comparison.Absent);
    }

    [Fact]
    public void MovedParagraph_IsUpdated_NeverNew()
    {
        const string Moved = """
            # Space strategy

            Funding rises by four per cent.

            A new opening paragraph pushes everything down.

            Our launcher programme serves {|SR1001:all humanity|} and will be ready in 2030.

            Space {|SR1101:unites us|} in a shared endeavour.
            """;

        BaselineComparison comparison = Compare(Original, Moved);

        Assert.Equal([BaselineState.Updated, BaselineState.Updated], States(comparison));
        Assert.Equal(0, comparison.New);
        Assert.Empty(comparison.Absent);
    }

    [Fact]
    public void RewrappedParagraph_KeepsItsFingerprint()
    {
        const string Rewrapped = """
            # Space strategy

            Our launcher programme serves {|SR1001:all
            humanity|} and will be
            ready in 2030.

            Space {|SR1101:unites us|} in a shared endeavour.

            Funding rises by four per cent.
            """;

        BaselineComparison comparison = Compare(Original, Rewrapped);

        // The claim still starts on line 3; the sentence wraps differently, so its fingerprint must fold whitespace.
        Assert.Equal([BaselineState.Unchanged, BaselineState.Updated], States(comparison));
    }

    [Fact]
    public void RewordedSentence_IsNew_AndTheOldOneAbsent()
    {
        string reworded = Original.Replace("and will be ready in 2030", "from 2031", StringComparison.Ordinal);

        BaselineComparison comparison = Compare(Original, reworded);

        Assert.Equal([BaselineState.New, BaselineState.Unchanged], States(comparison));
        Assert.Equal("SR1001", Assert.Single(comparison.Absent).RuleId);
    }

    [Fact]
    public void TwoIdenticalFindings_AgainstOne_OneUnchangedOneNew()
    {
        const string Once = "Space {|SR1101:unites us|}.\n";
        const string Twice = "Space {|SR1101:unites us|}.\n\nSpace {|SR1101:unites us|}.\n";

        BaselineComparison comparison = Compare(Once, Twice);

        Assert.Equal([BaselineState.Unchanged, BaselineState.New], States(comparison));
        Assert.Equal((1, 1, 0), (comparison.Unchanged, comparison.New, comparison.Updated));
    }

    [Fact]
    public void RenamedFile_IsUpdated() =>
        Assert.Equal([BaselineState.Updated, BaselineState.Updated], States(Compare(Original, Original, currentPath: "docs/strategy 2025.md")));

    [Fact]
    public void ChangedMessage_AtTheSamePlace_IsUpdated()
    {
        Baseline baseline = Baseline.Parse(Sarif(Lint("a.md", Original)), "main.sarif");
        var current = Lint("a.md", Original);
        current[0] = current[0] with { Diagnostic = current[0].Diagnostic with { Message = "A better message." } };

        BaselineComparison comparison = baseline.Classify(current.Select(c => (c.Path, c.Diagnostic)), _ => current[0].Source);

        Assert.Equal([BaselineState.Updated, BaselineState.Unchanged], States(comparison));
    }

    [Fact]
    public void PathsWithSpaces_AreUnescaped() =>
        Assert.Equal([BaselineState.Unchanged, BaselineState.Unchanged], States(Compare(Original, Original, "docs/my strategy.md", "docs/my strategy.md")));

    [Fact]
    public void Apply_ClassifiesARunAndCountsAbsent()
    {
        var old = Lint("a.md", Original).Concat(Lint("gone.md", "It {|SR1001:benefits all|}.\n"));
        Baseline baseline = Baseline.Parse(Sarif(old), "main.sarif");
        var current = Lint("a.md", Original);
        var run = new LintRunResult
        {
            RootDirectory = "/repo",
            Rules = TestRules.All,
            Files =
            [
                new FileResult("a.md", "/repo/a.md", current[0].Source, [.. current.Select(c => c.Diagnostic)]),
                new FileResult("b.md", "/repo/b.md", new SourceText("Clean.\n"), []),
            ],
        };

        LintRunResult classified = baseline.Apply(run);

        Assert.Equal(1, classified.AbsentFromBaseline);
        Assert.All(classified.Files[0].Diagnostics, d => Assert.Equal(BaselineState.Unchanged, d.BaselineState));
        Assert.Empty(classified.Files[1].Diagnostics);
        Assert.Null(run.Files[0].Diagnostics[0].BaselineState);
    }

    [Fact]
    public void LogWithSuppressionsAndStates_IsRead()
    {
        Baseline baseline = Baseline.Load(TestRules.Fixture("baseline.sarif"));

        Assert.Equal(
            [
                new BaselineResult("SR1001", "docs/strategy.md", "0123456789abcdef0123456789abcdef", "9a8b7c6d5e4f3a2b:1", 3, "'all humanity' claims a benefit for all of humanity without naming who benefits."),
                new BaselineResult("SR1101", "docs/speech notes.md", "fedcba9876543210fedcba9876543210", null, 12, "'unites us' presumes unity."),
                new BaselineResult("SR9203", "docs/strategy.md", "00112233445566778899aabbccddeeff", null, 7, "Unused suppression: 'spacerhetoric-disable' suppresses no finding; remove it."),
            ],
            baseline.Results);
    }

    [Fact]
    public void FixtureResults_MatchFindingsByFingerprint()
    {
        Baseline baseline = Baseline.Load(TestRules.Fixture("baseline.sarif"));
        Diagnostic finding = DocumentBuilder.Finding("SR1101", 0, "unites us");
        string hash = ContentFingerprint.Compute(finding);

        // The fixture's SR1101 fingerprint is a stand-in; only a finding with that exact hash may match it.
        BaselineComparison comparison = baseline.Classify([("docs/speech notes.md", finding)], _ => new SourceText("unites us"));

        Assert.NotEqual("fedcba9876543210fedcba9876543210", hash);
        Assert.Equal(BaselineState.New, comparison.Results[0].Diagnostic.BaselineState);
        Assert.Equal(3, comparison.Absent.Count);
    }

    [Fact]
    public void LogWrittenByTheSarifWriter_RoundTrips()
    {
        // The SARIF writer's approved output for a run with suppressions and baseline states.
        string log = Path.Combine(TestRules.RepositoryRoot(), "tests", "SpaceRhetoric.Sarif.Tests", "Approved", "triage.sarif");
        Baseline baseline = Baseline.Load(log);

        Assert.Equal(4, baseline.Results.Count);
        Assert.All(baseline.Results, r => Assert.Equal("policy/draft.md", r.Path));
        Assert.All(baseline.Results, r => Assert.NotNull(r.ContentHash));
        Assert.Equal([1, 2, 3, 4], baseline.Results.Select(r => r.StartLine));

        // The same claim, now one line further down: its fingerprint still matches.
        var text = new SourceText("New opening line.\nFor the benefit of all humanity, we launch.\nSpace unites us.\n");
        Diagnostic unites = DocumentBuilder.Finding("SR1002", text.Text.IndexOf("Space unites us", StringComparison.Ordinal), "Space unites us")
            with { ContextText = "Space unites us.", Message = baseline.Results[1].Message! };

        BaselineComparison comparison = baseline.Classify([("policy/draft.md", unites)], _ => text);

        Assert.Equal(BaselineState.Updated, comparison.Results[0].Diagnostic.BaselineState);
        Assert.Equal(3, comparison.Absent.Count);
    }

    [Fact]
    public void InvalidJson_SR9107WithLineAndColumn()
    {
        var ex = Assert.Throws<ToolDiagnosticException>(() => Baseline.Parse("{\n  \"runs\": [\n    { \"results\": [ } ]\n}", "main.sarif"));

        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((ToolDiagnosticIds.BaselineUnreadable, "main.sarif", 3), (d.Id, d.Path, d.Line));
        Assert.True(d.Column > 1, $"column {d.Column}");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"version\": \"2.1.0\"}")]
    [InlineData("{\"runs\": {}}")]
    public void NotASarifLog_SR9107(string json)
    {
        var ex = Assert.Throws<ToolDiagnosticException>(() => Baseline.Parse(json, "main.sarif"));

        Assert.Equal(ToolDiagnosticIds.BaselineUnreadable, Assert.Single(ex.Diagnostics).Id);
    }

    [Fact]
    public void NotASarifLog_PointsAtTheRootValue()
    {
        var ex = Assert.Throws<ToolDiagnosticException>(() => Baseline.Parse("\n\n  { \"findings\": [] }\n", "main.sarif"));

        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((3, 3), (d.Line, d.Column));
    }

    [Fact]
    public void MissingFile_SR9107()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<ToolDiagnosticException>(() => Baseline.Load(dir.Combine("main.sarif")));

        Assert.Equal((ToolDiagnosticIds.BaselineUnreadable, dir.Combine("main.sarif")), (ex.Diagnostics[0].Id, ex.Diagnostics[0].Path));
    }
}
