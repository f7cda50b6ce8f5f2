using System.Text;
using System.Text.Json;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using static SpaceRhetoric.Sarif.Tests.SarifJson;

namespace SpaceRhetoric.Sarif.Tests;

public sealed class SarifLogWriterTests
{
    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Write_NoByteOrderMarkAndOnlyLineFeeds(string name)
    {
        byte[] log = Scenarios.Write(Scenarios.ByName(name));

        Assert.Equal((byte)'{', log[0]);
        Assert.DoesNotContain((byte)'\r', log);
        Assert.Equal((byte)'\n', log[^1]);
        Assert.Equal(log, Encoding.UTF8.GetBytes(new UTF8Encoding(false, true).GetString(log)));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Write_TwiceAndWithTwoWriters_ByteIdentical(string name)
    {
        var writer = new SarifLogWriter();
        byte[] first = Scenarios.Write(Scenarios.ByName(name), writer);
        byte[] second = Scenarios.Write(Scenarios.ByName(name), writer);
        byte[] third = Scenarios.Write(Scenarios.ByName(name), new SarifLogWriter());

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void Write_MatchFillingItsWholeLine_HasNoContextRegion_SARIF1008()
    {
        // A table cell or a comment on its own line: no sentence or line is larger than the match.
        var source = new SourceText("intro\nfor the benefit of all humanity\nend\n");
        Diagnostic cell = TestRuns.Finding(source, TestRuns.Humanity, "for the benefit of all humanity") with
        {
            ContextSpan = new TextSpan(6, 31),
        };

        JsonElement location = PhysicalLocation(Assert.Single(Results(Scenarios.Write(TestRuns.Run([TestRuns.File("cell.md", source, cell)])))));

        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.False(location.TryGetProperty("contextRegion", out _), "a context region must be a proper superset of the region");
    }

    [Fact]
    public void Write_ResultOutsideTheRoot_WorkingDirectoryHoldsRootAndFile_GH1006()
    {
        var source = new SourceText("It is for the benefit of all humanity.\n");
        FileResult outside = new FileResult("file:///work/other/a.md", "/work/other/a.md", source, [TestRuns.Finding(source, TestRuns.Humanity, "for the benefit of all humanity")]);
        FileResult inside = TestRuns.File("b.md", source, TestRuns.Finding(source, TestRuns.Humanity, "for the benefit of all humanity"));

        byte[] withOutside = Scenarios.Write(TestRuns.Run([outside, inside]));
        byte[] insideOnly = Scenarios.Write(TestRuns.Run([inside]));

        JsonElement invocation = Run(withOutside).GetProperty("invocations")[0];
        Assert.Equal("file:///work/", String(invocation.GetProperty("workingDirectory"), "uri"));
        Assert.False(Run(insideOnly).GetProperty("invocations")[0].TryGetProperty("workingDirectory", out _));
    }

    [Fact]
    public void Write_WarningResult_LevelWrittenExplicitly()
    {
        byte[] log = Scenarios.Write(Scenarios.Triage());

        Assert.Contains("\"level\": \"warning\"", Encoding.UTF8.GetString(log), StringComparison.Ordinal);
        JsonElement[] results = [.. Results(log)];
        Assert.All(results, r => Assert.True(r.TryGetProperty("level", out _), "every result carries its level"));

        // SR1002 is a note by default; the override makes it a warning, and the result must say so.
        JsonElement unites = Assert.Single(results, r => String(r, "ruleId") == "SR1002");
        Assert.Equal("warning", String(unites, "level"));
    }

    [Fact]
    public void Write_RulesWithWarningDefault_DefaultConfigurationLevelWritten()
    {
        byte[] log = Scenarios.Write(Scenarios.Empty());

        JsonElement rule = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("SR1001", String(rule, "id"));
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("Unqualified claim of benefit to all humanity.", rule.GetProperty("shortDescription").GetProperty("text").GetString());
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Write_EveryRegion_CompleteAndConsistentWithItsOffsets(string name)
    {
        LintRunResult run = Scenarios.ByName(name);
        byte[] log = Scenarios.Write(run);

        foreach (JsonElement result in Results(log))
        {
            JsonElement location = PhysicalLocation(result);
            string uri = String(location.GetProperty("artifactLocation"), "uri")!;
            SourceText source = run.Files.Single(f => Uri.EscapeDataString(f.Path).Replace("%2F", "/", StringComparison.Ordinal) == uri).Source;
            var regions = new[] { location.GetProperty("region"), location.GetProperty("contextRegion") }
                .Concat(Named(result, "deletedRegion"));
            foreach (JsonElement region in regions)
            {
                AssertRegionMatchesText(source.Text, region);
            }
        }
    }

    [Fact]
    public void Write_EmojiBeforeMatch_ColumnsCountUtf16Units()
    {
        byte[] log = Scenarios.Write(Scenarios.Encodings());

        JsonElement region = PhysicalLocation(Results(log).First()).GetProperty("region");
        int expectedColumn = "This mission is \U0001F680 ".Length + 1;
        Assert.Equal(20, expectedColumn);
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(expectedColumn, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(expectedColumn + "for the benefit of all humanity".Length, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("utf16CodeUnits", String(Run(log), "columnKind"));
    }

    [Fact]
    public void Write_MatchAcrossTwoLines_RegionSpansBothLines()
    {
        byte[] log = Scenarios.Write(Scenarios.Encodings());

        JsonElement region = PhysicalLocation(Results(log).ElementAt(1)).GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, region.GetProperty("endLine").GetInt32());
        Assert.Equal(4, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("Space unites us\r\nall", region.GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_PathWithSpaceAndUmlaut_PercentEncodedRelativeToSourceRoot()
    {
        byte[] log = Scenarios.Write(Scenarios.Encodings());

        JsonElement artifact = PhysicalLocation(Results(log).First()).GetProperty("artifactLocation");
        Assert.Equal("docs/press%20release%20%C3%BC.md", String(artifact, "uri"));
        Assert.Equal("SRCROOT", String(artifact, "uriBaseId"));
        Assert.Equal("file:///work/project/", Run(log).GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void Write_RootWithTrailingSlash_SameSourceRoot()
    {
        byte[] log = Scenarios.Write(Scenarios.Empty() with { RootDirectory = TestRuns.Root + "/" });

        Assert.Equal("file:///work/project/", Run(log).GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("/work/my project", "file:///work/my%20project/")]
    [InlineData("/work/a#b", "file:///work/a%23b/")]
    [InlineData("/work/100%", "file:///work/100%25/")]
    [InlineData("/work/\u00FC", "file:///work/%C3%BC/")]
    public void Write_RootWithReservedCharacters_SourceRootPercentEncoded(string root, string expected)
    {
        byte[] log = Scenarios.Write(TestRuns.Run([]) with { RootDirectory = root });

        Assert.Equal(expected, Run(log).GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("docs/50% of #1?.md", "docs/50%25%20of%20%231%3F.md", "SRCROOT")]
    [InlineData("docs/./odd/../plain.md", "docs/plain.md", "SRCROOT")]
    [InlineData("../outside.md", "file:///work/outside.md", null)]
    public void Write_UnusualRelativePaths_NeverLeadingSlashOrDotDot(string path, string expectedUri, string? expectedBase)
    {
        var text = new SourceText("It serves all humanity.\n");
        var file = new FileResult(path, Path.GetFullPath(Path.Combine(TestRuns.Root, path)), text, [TestRuns.Finding(text, TestRuns.Humanity, "all humanity")]);

        byte[] log = Scenarios.Write(TestRuns.Run([file]));

        JsonElement artifact = PhysicalLocation(Results(log).Single()).GetProperty("artifactLocation");
        Assert.Equal(expectedUri, String(artifact, "uri"));
        Assert.Equal(expectedBase, String(artifact, "uriBaseId"));
    }

    [Fact]
    public void Write_NoSentence_ContextRegionIsTheWholeLines()
    {
        var text = new SourceText("Intro.\r\nIt serves all\r\nhumanity and more\r\nEnd.");
        Diagnostic finding = TestRuns.Finding(text, TestRuns.Humanity, "all\r\nhumanity", withSentence: false);

        byte[] log = Scenarios.Write(TestRuns.Run([TestRuns.File("a.txt", text, finding)]));

        JsonElement context = PhysicalLocation(Results(log).Single()).GetProperty("contextRegion");
        Assert.Equal("It serves all\r\nhumanity and more", context.GetProperty("snippet").GetProperty("text").GetString());
        AssertRegionMatchesText(text.Text, context);
    }

    [Fact]
    public void Write_EmptyRun_ResultsEmptyAndAllRulesListed()
    {
        byte[] log = Scenarios.Write(TestRuns.Run([]));

        JsonElement run = Run(log);
        Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        string[] ids = [.. run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => String(r, "id")!)];
        Assert.Equal(["SR1001", "SR1002", "SR1003"], ids);
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.False(run.TryGetProperty("automationDetails", out _));
    }

    [Fact]
    public void Write_NoRulesEnabled_RulesStillWrittenAsEmptyList()
    {
        byte[] log = Scenarios.Write(TestRuns.Run([]) with { Rules = [] });

        Assert.Equal(0, Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Theory]
    [InlineData("docs", "docs/")]
    [InlineData("docs/", "docs/")]
    [InlineData("lint/press", "lint/press/")]
    public void Write_Category_AutomationIdEndsWithSlash(string category, string expected)
    {
        byte[] log = Scenarios.Write(TestRuns.Run([]) with { Category = category });

        Assert.Equal(expected, Run(log).GetProperty("automationDetails").GetProperty("id").GetString());
    }

    [Fact]
    public void Write_UnreadableFile_ErrorNotificationAndRunNotSuccessful()
    {
        LintRunResult run = TestRuns.Run([]) with
        {
            Notifications =
            [
                ToolDiagnostic.Error(ToolDiagnosticIds.FileUnreadable, "docs/locked.md", 0, 0, "Cannot read the file: access denied."),
                ToolDiagnostic.Error(ToolDiagnosticIds.FileUnreadable, TestRuns.Root + "/docs/broken.md", 3, 7, "Invalid UTF-8 at byte 120."),
                ToolDiagnostic.Error(ToolDiagnosticIds.FileUnreadable, "/elsewhere/outside file.md", 0, 0, "Cannot read the file"),
            ],
        };

        byte[] log = Scenarios.Write(run);

        JsonElement invocation = Run(log).GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        JsonElement[] notifications = [.. invocation.GetProperty("toolExecutionNotifications").EnumerateArray()];
        Assert.Equal(3, notifications.Length);
        Assert.All(notifications, n =>
        {
            Assert.Equal("error", String(n, "level"));
            Assert.Equal("SR9201", n.GetProperty("descriptor").GetProperty("id").GetString());
            Assert.EndsWith(".", n.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        });

        JsonElement locked = notifications[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/locked.md", String(locked.GetProperty("artifactLocation"), "uri"));
        Assert.Equal("SRCROOT", String(locked.GetProperty("artifactLocation"), "uriBaseId"));
        Assert.False(locked.TryGetProperty("region", out _));

        JsonElement broken = notifications[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/broken.md", String(broken.GetProperty("artifactLocation"), "uri"));
        Assert.Equal(3, broken.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(7, broken.GetProperty("region").GetProperty("startColumn").GetInt32());

        JsonElement outside = notifications[2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("file:///elsewhere/outside%20file.md", String(outside, "uri"));
        Assert.Null(String(outside, "uriBaseId"));
    }

    [Fact]
    public void Write_Triage_SuppressionsBaselineAndFix()
    {
        byte[] log = Scenarios.Write(Scenarios.Triage());

        JsonElement[] results = [.. Results(log)];
        Assert.Equal(4, results.Length);
        Assert.Equal(["new", "unchanged", "updated", "unchanged"], results.Select(r => String(r, "baselineState")));
        Assert.DoesNotContain("\"baselineState\": \"absent\"", Encoding.UTF8.GetString(log), StringComparison.Ordinal);

        JsonElement inSource = results[2].GetProperty("suppressions")[0];
        Assert.Equal("inSource", String(inSource, "kind"));
        Assert.Equal("accepted", String(inSource, "status"));
        Assert.Equal("Quoted from the 1967 treaty for discussion.", String(inSource, "justification"));
        Assert.Equal("external", String(results[3].GetProperty("suppressions")[0], "kind"));

        JsonElement fix = results[0].GetProperty("fixes")[0];
        Assert.Equal("Name who benefits.", fix.GetProperty("description").GetProperty("text").GetString());
        JsonElement replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("For the benefit of ESA member states", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(0, replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32());
        Assert.Equal(31, replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32());
    }

    [Fact]
    public void Write_SeverityOverrides_RuleConfigurationOverridesByIdAndIndex()
    {
        LintRunResult run = Scenarios.Triage() with
        {
            SeverityOverrides =
            [
                new RuleSeverityOverride("SR1002", Severity.Warning, ".spacerhetoric.yaml"),
                new RuleSeverityOverride("SR1003", Severity.None, ".editorconfig"),
            ],
        };

        byte[] log = Scenarios.Write(run);

        JsonElement[] overrides = [.. Run(log).GetProperty("invocations")[0].GetProperty("ruleConfigurationOverrides").EnumerateArray()];
        Assert.Equal(2, overrides.Length);
        Assert.Equal("SR1002", String(overrides[0].GetProperty("descriptor"), "id"));
        Assert.Equal(1, overrides[0].GetProperty("descriptor").GetProperty("index").GetInt32());
        Assert.Equal("warning", String(overrides[0].GetProperty("configuration"), "level"));
        Assert.False(overrides[0].GetProperty("configuration").TryGetProperty("enabled", out _));
        Assert.Equal(2, overrides[1].GetProperty("descriptor").GetProperty("index").GetInt32());
        Assert.Equal("none", String(overrides[1].GetProperty("configuration"), "level"));
        Assert.False(overrides[1].GetProperty("configuration").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Write_OmitSuppressedResults_LeavesThemOut()
    {
        byte[] log = Scenarios.Write(Scenarios.Triage(), new SarifLogWriter { OmitSuppressedResults = true });

        JsonElement[] results = [.. Results(log)];
        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.False(r.TryGetProperty("suppressions", out _)));
    }

    [Fact]
    public void Write_InsertionFix_EmptyDeletedRegionKeepsCharLength()
    {
        var text = new SourceText("It serves all humanity.\n");
        Diagnostic finding = TestRuns.Finding(text, TestRuns.Humanity, "all humanity");
        var insertion = new Fix("Qualify the claim", new TextSpan(finding.Span.End, 0), " in ESA member states");
        LintRunResult run = TestRuns.Run([TestRuns.File("a.md", text, finding with { Fix = insertion })]);

        byte[] log = Scenarios.Write(run);

        JsonElement deleted = Named(Parse(log), "deletedRegion").Single();
        Assert.Equal(22, deleted.GetProperty("charOffset").GetInt32());
        Assert.Equal(0, deleted.GetProperty("charLength").GetInt32());
        Assert.Equal(deleted.GetProperty("startColumn").GetInt32(), deleted.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Write_ResultFingerprintsAndProperties()
    {
        LintRunResult run = Scenarios.Triage();
        byte[] log = Scenarios.Write(run);

        JsonElement first = Results(log).First();
        Diagnostic diagnostic = run.Files[0].Diagnostics[0];
        JsonElement fingerprints = first.GetProperty("partialFingerprints");
        Assert.Equal(ContentFingerprint.Compute(diagnostic), String(fingerprints, ContentFingerprint.SarifKey));
        Assert.Matches("^[0-9a-f]+:1$", String(fingerprints, "primaryLocationLineHash")!);

        string[] keys = [.. first.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["absentQualifiers", "category", "scope"], keys);
        Assert.Equal("universalism", String(first.GetProperty("properties"), "category"));
        Assert.Equal(0, first.GetProperty("ruleIndex").GetInt32());
        Assert.Equal(diagnostic.Message, first.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_RuleDescriptor_TagsDescriptionsAndHelp()
    {
        var rule = TestRuns.Humanity with
        {
            Id = "SR1999",
            Description = new string('x', 3000),
            HelpMarkdown = null,
            Tags = [.. Enumerable.Range(0, 30).Select(i => $"tag{i:00}"), "security"],
        };

        byte[] log = Scenarios.Write(TestRuns.Run([]) with { Rules = [rule] });

        JsonElement descriptor = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("BenefitOfAllHumanity", String(descriptor, "name"));
        Assert.True(descriptor.GetProperty("fullDescription").GetProperty("text").GetString()!.Length <= 1024);
        Assert.Equal("https://github.com/spacerhetoric/spacerhetoric/blob/main/rules/SR1999.md", String(descriptor, "helpUri"));
        Assert.Contains("[SR1999](https://github.com/spacerhetoric/spacerhetoric/blob/main/rules/SR1999.md)", descriptor.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        JsonElement properties = descriptor.GetProperty("properties");
        string[] tags = [.. properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)];
        Assert.Equal(20, tags.Length);
        Assert.Equal("universalism", tags[0]);
        Assert.DoesNotContain("security", tags);
        Assert.Equal("warning", String(properties, "problem.severity"));
        Assert.Equal("high", String(properties, "precision"));
        Assert.False(properties.TryGetProperty("security-severity", out _));
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Note, "recommendation")]
    public void Write_ProblemSeverity_FollowsDefaultSeverity(Severity severity, string expected)
    {
        byte[] log = Scenarios.Write(TestRuns.Run([]) with { Rules = [TestRuns.Humanity with { DefaultSeverity = severity }] });

        JsonElement descriptor = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal(expected, String(descriptor.GetProperty("properties"), "problem.severity"));
        Assert.Equal(severity.ToName(), String(descriptor.GetProperty("defaultConfiguration"), "level"));
    }

    /// <summary>Checks a region against the text with a line count of its own, not the one under test.</summary>
    private static void AssertRegionMatchesText(string text, JsonElement region)
    {
        foreach (string key in new[] { "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength" })
        {
            Assert.True(region.TryGetProperty(key, out _), $"region lacks {key}: {region}");
        }

        int offset = region.GetProperty("charOffset").GetInt32();
        int length = region.GetProperty("charLength").GetInt32();
        Assert.Equal((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()), LineAndColumn(text, offset));
        Assert.Equal((region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()), LineAndColumn(text, offset + length));
        if (region.TryGetProperty("snippet", out JsonElement snippet))
        {
            Assert.Equal(text.Substring(offset, length), snippet.GetProperty("text").GetString());
        }
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset; i++)
        {
            bool crlf = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if (text[i] == '\n' || (text[i] == '\r' && !crlf))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
