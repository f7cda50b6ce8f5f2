using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class ConfigLoaderTests
{
    private static ToolDiagnosticException Fails(string yaml) =>
        Assert.Throws<ToolDiagnosticException>(() => ConfigLoader.Parse(yaml, "/repo/.spacerhetoric.yaml"));

    private static void AssertSingle(ToolDiagnosticException ex, string id, int line, int column, string messagePart)
    {
        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((id, "/repo/.spacerhetoric.yaml", line, column), (d.Id, d.Path, d.Line, d.Column));
        Assert.Contains(messagePart, d.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void WhenEveryKeyIsSet_ValuesAreRead()
    {
        SpaceRhetoricConfig config = ConfigLoader.Load(TestRules.Fixture("full-config.yaml"));

        string dir = Path.GetDirectoryName(TestRules.Fixture("full-config.yaml"))!;
        Assert.Equal(dir, config.Directory);
        Assert.Equal([Path.Combine(dir, "style", "rules")], config.RuleDirectories);
        Assert.False(config.DefaultRules);
        Assert.Equal(["docs/**/*.md", "speeches/**/*.txt"], config.Include);
        Assert.Equal(["docs/archive/**"], config.Exclude);
        Assert.Equal(Severity.Error, config.Severity["SR1001"]);
        Assert.Equal(Severity.Note, config.Severity["category:unity-claim"]);
        Assert.Equal(Severity.Warning, config.Severity["*"]);
        Assert.Equal(2, config.Overrides.Count);
        Assert.Equal(["press/**"], config.Overrides[0].Files);
        Assert.Equal(Severity.Error, config.Overrides[0].Severity["*"]);
        Assert.Equal(Severity.None, config.Overrides[1].Severity["SR1001"]);
        Assert.Equal("paragraph", config.Options["*"].QualifierWindow);
        Assert.Equal("skip", config.Options["SR1001"].Quoted);
        Assert.Equal(Severity.Note, config.FailLevel);
        Assert.Equal(FailOn.New, config.FailOn);
        Assert.False(config.GitIgnore);
        Assert.Equal(Severity.Error, config.ReportUnusedSuppressions);
        Assert.Equal(["SR1001", "category:unity-claim", "SR1001", "SR1001"], config.RuleReferences.Select(r => r.Key));
    }

    [Fact]
    public void WhenFileIsEmpty_DefaultsApply()
    {
        SpaceRhetoricConfig config = ConfigLoader.Parse("# nothing yet\n", "/repo/.spacerhetoric.yaml");

        Assert.True(config.DefaultRules);
        Assert.True(config.GitIgnore);
        Assert.Null(config.FailLevel);
        Assert.Null(config.FailOn);
        Assert.Equal(Severity.Warning, config.ReportUnusedSuppressions);
        Assert.Empty(config.Include);
    }

    [Theory]
    [InlineData("reportUnusedSuppressions: false", Severity.None)]
    [InlineData("reportUnusedSuppressions: true", Severity.Warning)]
    [InlineData("reportUnusedSuppressions: note", Severity.Note)]
    public void ReportUnusedSuppressions_AcceptsBooleanOrSeverity(string yaml, Severity expected) =>
        Assert.Equal(expected, ConfigLoader.Parse(yaml, "/repo/.spacerhetoric.yaml").ReportUnusedSuppressions);

    [Fact]
    public void WhenYamlIsMalformed_SR9101AtTheError()
    {
        ToolDiagnosticException ex = Fails("severity:\n  SR1001: [error\n");
        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal(ToolDiagnosticIds.ConfigMalformed, d.Id);
        Assert.True(d.Line >= 2, $"line {d.Line}");
    }

    [Fact]
    public void WhenKeyIsRepeated_SR9101AtTheRepeat()
    {
        ToolDiagnostic d = Assert.Single(Fails("failOn: any\nfailOn: new\n").Diagnostics);

        Assert.Equal((ToolDiagnosticIds.ConfigMalformed, 2), (d.Id, d.Line));
    }

    [Fact]
    public void WhenRootIsNotAMapping_SR9101() =>
        AssertSingle(Fails("- a\n- b\n"), ToolDiagnosticIds.ConfigMalformed, 1, 1, "mapping");

    [Fact]
    public void WhenKeyIsUnknown_SR9102WithDidYouMean() =>
        AssertSingle(Fails("defaultRules: true\nexlude: [a]\n"), ToolDiagnosticIds.ConfigUnknownKey, 2, 1, "Did you mean 'exclude'?");

    [Fact]
    public void WhenOverrideKeyIsUnknown_SR9102() =>
        AssertSingle(Fails("overrides:\n  - files: [a/**]\n    severities: {}\n"), ToolDiagnosticIds.ConfigUnknownKey, 3, 5, "Did you mean 'severity'?");

    [Fact]
    public void WhenOptionKeyIsUnknown_SR9102() =>
        AssertSingle(Fails("options:\n  SR1001:\n    window: clause\n"), ToolDiagnosticIds.ConfigUnknownKey, 3, 5, "window");

    [Fact]
    public void WhenSeverityKeyIsNotARuleId_SR9103() =>
        AssertSingle(Fails("severity:\n  BenefitClaim: error\n"), ToolDiagnosticIds.ConfigUnknownRule, 2, 3, "is not a rule ID");

    [Fact]
    public void WhenSeverityValueIsBad_SR9104AtTheValue() =>
        AssertSingle(Fails("severity:\n  SR1001: eror\n"), ToolDiagnosticIds.ConfigInvalidSeverity, 2, 11, "Did you mean 'error'?");

    [Fact]
    public void WhenOverrideSeverityIsBad_SR9104() =>
        AssertSingle(Fails("overrides:\n  - files: [a/**]\n    severity:\n      '*': fatal\n"), ToolDiagnosticIds.ConfigInvalidSeverity, 4, 12, "'fatal'");

    [Fact]
    public void WhenFailLevelIsNone_SR9104() =>
        AssertSingle(Fails("failLevel: none\n"), ToolDiagnosticIds.ConfigInvalidSeverity, 1, 12, "failLevel");

    [Theory]
    [InlineData("include: ['']\n", 1, 11, "empty")]
    [InlineData("include: ['/etc/**']\n", 1, 11, "absolute")]
    [InlineData("exclude:\n  - 'C:/docs/*.md'\n", 2, 5, "absolute")]
    [InlineData("exclude:\n  - docs/../../x/*.md\n", 2, 5, "climbs above")]
    [InlineData("include: ['docs/[ab/*.md']\n", 1, 11, "unbalanced")]
    [InlineData("overrides:\n  - files: ['{a,b/*.md']\n", 2, 13, "unbalanced")]
    public void WhenGlobIsBad_SR9105(string yaml, int line, int column, string messagePart) =>
        AssertSingle(Fails(yaml), ToolDiagnosticIds.ConfigInvalidGlob, line, column, messagePart);

    [Fact]
    public void WhenGlobClimbsAndComesBack_ItIsAccepted() =>
        Assert.Equal(["docs/../notes/*.md"], ConfigLoader.Parse("include: [docs/../notes/*.md]", "/repo/.spacerhetoric.yaml").Include);

    [Theory]
    [InlineData("defaultRules: maybe\n", 1, 15, "true or false")]
    [InlineData("failOn: old\n", 1, 9, "any, new")]
    [InlineData("include: docs/*.md\n", 1, 10, "takes a list")]
    [InlineData("options:\n  '*':\n    qualifierWindow: page\n", 3, 22, "clause, sentence, paragraph")]
    [InlineData("options:\n  '*':\n    quoted: ignore\n", 3, 13, "report, skip")]
    [InlineData("overrides:\n  - severity: {SR1001: none}\n", 2, 5, "needs 'files'")]
    [InlineData("overrides: {files: [a]}\n", 1, 12, "takes a list")]
    public void WhenValueIsBad_SR9106(string yaml, int line, int column, string messagePart) =>
        AssertSingle(Fails(yaml), ToolDiagnosticIds.ConfigInvalidValue, line, column, messagePart);

    [Fact]
    public void EveryErrorIsReported_InDocumentOrder()
    {
        ToolDiagnosticException ex = Fails("""
            colour: blue
            severity:
              SR1001: loud
            include: ['']
            failOn: sometimes
            """);

        Assert.Equal(
            [(ToolDiagnosticIds.ConfigUnknownKey, 1), (ToolDiagnosticIds.ConfigInvalidSeverity, 3), (ToolDiagnosticIds.ConfigInvalidGlob, 4), (ToolDiagnosticIds.ConfigInvalidValue, 5)],
            ex.Diagnostics.Select(d => (d.Id, d.Line)));
    }

    [Fact]
    public void WhenRuleIdIsUnknownAfterPacksLoad_SR9103AtTheKey()
    {
        SpaceRhetoricConfig config = ConfigLoader.Parse("severity:\n  SR1003: error\n  category:unity-claims: none\n  SR1001: note\n", "/repo/.spacerhetoric.yaml");

        var ex = Assert.Throws<ToolDiagnosticException>(() => ConfigLoader.ValidateRuleIds(config, TestRules.All));

        Assert.Equal(
            [(ToolDiagnosticIds.ConfigUnknownRule, 2, 3), (ToolDiagnosticIds.ConfigUnknownRule, 3, 3)],
            ex.Diagnostics.Select(d => (d.Id, d.Line, d.Column)));
        Assert.Contains("Did you mean 'SR1001'?", ex.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'unity-claim'?", ex.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenRuleIdsAreKnown_ValidationPasses()
    {
        SpaceRhetoricConfig config = ConfigLoader.Parse("severity:\n  SR1001: error\n  category:unity-claim: none\noptions:\n  SR1101: {quoted: skip}\n", "/repo/.spacerhetoric.yaml");

        ConfigLoader.ValidateRuleIds(config, TestRules.All);

        Assert.Equal(3, config.RuleReferences.Count);
    }

    [Fact]
    public void ConfigIsFoundUpward_NearestWins()
    {
        using var dir = new TempDirectory();
        dir.Write(".spacerhetoric.yaml", "failOn: any\n");
        string nearer = dir.Write("team/.spacerhetoric.yaml", "failOn: new\n");
        Directory.CreateDirectory(dir.Combine("team/docs/drafts"));

        Assert.Equal(nearer, ConfigLoader.Find(dir.Combine("team/docs/drafts")));
        SpaceRhetoricConfig config = ConfigLoader.Discover(dir.Combine("team/docs/drafts"));
        Assert.Equal(FailOn.New, config.FailOn);
        Assert.Equal(dir.Combine("team"), config.Directory);
    }

    [Fact]
    public void ExplicitConfig_WinsOverTheOneFoundUpward()
    {
        using var dir = new TempDirectory();
        dir.Write("docs/.spacerhetoric.yaml", "failOn: new\n");
        string explicitPath = dir.Write("ci/strict.yaml", "failOn: any\nrules: [../house-rules]\n");

        SpaceRhetoricConfig config = ConfigLoader.Discover(dir.Combine("docs"), explicitPath);

        Assert.Equal(FailOn.Any, config.FailOn);
        Assert.Equal([dir.Combine("house-rules")], config.RuleDirectories);
    }

    [Fact]
    public void MissingRulesFolder_SR9106AtTheEntry_ExistingOneAccepted()
    {
        using var dir = new TempDirectory();
        dir.Write("house-rules/SR2001.yaml", "id: SR2001\n");
        string path = dir.Write(".spacerhetoric.yaml", "rules:\n  - house-rules\n  - style/rules\n");
        SpaceRhetoricConfig config = ConfigLoader.Load(path);

        var ex = Assert.Throws<ToolDiagnosticException>(() => ConfigLoader.ValidateRuleDirectories(config));

        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((ToolDiagnosticIds.ConfigInvalidValue, path, 3, 5), (d.Id, d.Path, d.Line, d.Column));
        Assert.Contains("'style/rules'", d.Message, StringComparison.Ordinal);
        ConfigLoader.ValidateRuleDirectories(config with { RuleDirectories = [config.RuleDirectories[0]], RuleDirectoryReferences = [config.RuleDirectoryReferences[0]] });
    }

    [Fact]
    public void WhenNoConfigExists_DefaultsRootedAtStart()
    {
        using var dir = new TempDirectory();
        dir.Write(".git/HEAD", "ref: refs/heads/main\n");

        // A config above the temp folder would be found; only assert when the walk is clean.
        if (ConfigLoader.Find(dir.Path) is null)
        {
            SpaceRhetoricConfig config = ConfigLoader.Discover(dir.Path);
            Assert.Null(config.Path);
            Assert.Equal(dir.Path, config.Directory);
        }
        else
        {
            Assert.NotEqual(dir.Path, Path.GetDirectoryName(ConfigLoader.Find(dir.Path)));
        }
    }

    [Fact]
    public void WhenExplicitConfigIsMissing_SR9101WithThePath()
    {
        using var dir = new TempDirectory();
        string missing = dir.Combine("nope.yaml");

        var ex = Assert.Throws<ToolDiagnosticException>(() => ConfigLoader.Discover(dir.Path, missing));

        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((ToolDiagnosticIds.ConfigMalformed, missing), (d.Id, d.Path));
    }
}
