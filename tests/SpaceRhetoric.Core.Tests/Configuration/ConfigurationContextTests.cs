using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class ConfigurationContextTests
{
    private static ConfigurationContext Context(TempDirectory dir, string yaml, bool useEditorConfig = true)
    {
        string path = dir.Write(".spacerhetoric.yaml", yaml);
        SpaceRhetoricConfig config = ConfigLoader.Load(path);
        ConfigLoader.ValidateRuleIds(config, TestRules.All);
        return new ConfigurationContext(config, dir.Path, TestRules.All, useEditorConfig);
    }

    private static Severity SeverityOf(ConfigurationContext context, RuleDescriptor rule, string relativePath) =>
        context.OptionsForFile(relativePath).SeverityResolver!(rule);

    [Fact]
    public void SeverityMap_IdBeatsCategoryBeatsStar()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n");
        ConfigurationContext context = Context(dir, """
            severity:
              "*": error
              "category:universal-benefit": note
              SR1001: none
            """);

        Assert.Equal(Severity.None, SeverityOf(context, TestRules.SR1001, "a.md"));
        Assert.Equal(Severity.Note, SeverityOf(context, TestRules.SR1002, "a.md"));
        Assert.Equal(Severity.Error, SeverityOf(context, TestRules.SR1101, "a.md"));
    }

    [Fact]
    public void Overrides_BeatTheSeverityMap_LaterEntriesWin()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n");
        ConfigurationContext context = Context(dir, """
            severity:
              SR1001: error
            overrides:
              - files: ["quotes/**"]
                severity:
                  "*": none
              - files: ["quotes/keep/**"]
                severity:
                  "*": note
            """);

        Assert.Equal(Severity.Error, SeverityOf(context, TestRules.SR1001, "docs/a.md"));
        Assert.Equal(Severity.None, SeverityOf(context, TestRules.SR1001, "quotes/a.md"));
        Assert.Equal(Severity.Note, SeverityOf(context, TestRules.SR1001, "quotes/keep/a.md"));
        Assert.Equal(Severity.Note, SeverityOf(context, TestRules.SR1002, "quotes/keep/a.md"));
    }

    [Fact]
    public void Overrides_IdInEarlierEntryBeatsStarInLaterEntry()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n");
        ConfigurationContext context = Context(dir, """
            overrides:
              - files: ["press/**"]
                severity: {SR1001: error}
              - files: ["press/**"]
                severity: {"*": none}
            """);

        Assert.Equal(Severity.Error, SeverityOf(context, TestRules.SR1001, "press/a.md"));
        Assert.Equal(Severity.None, SeverityOf(context, TestRules.SR1002, "press/a.md"));
    }

    [Fact]
    public void EditorConfig_BeatsOverridesAndSeverityMap()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[press/**]\nspacerhetoric.category-universal-benefit.severity = warning\n");
        ConfigurationContext context = Context(dir, """
            severity: {SR1001: note}
            overrides:
              - files: ["press/**"]
                severity: {SR1001: error}
            """);

        Assert.Equal(Severity.Warning, SeverityOf(context, TestRules.SR1001, "press/a.md"));
        Assert.Equal(Severity.Note, SeverityOf(context, TestRules.SR1001, "docs/a.md"));

        SeverityDecision? decision = context.FindSeverity(TestRules.SR1001, dir.Combine("press/a.md"));
        Assert.Equal(dir.Combine(".editorconfig"), decision?.SourcePath);
    }

    [Fact]
    public void WhenEditorConfigIsOff_ItIsNotRead()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.severity = error\n");
        ConfigurationContext context = Context(dir, "severity: {SR1001: note}\n", useEditorConfig: false);

        Assert.Equal(Severity.Note, SeverityOf(context, TestRules.SR1001, "a.md"));
        Assert.Equal(Severity.Warning, SeverityOf(context, TestRules.SR1002, "a.md"));
    }

    [Fact]
    public void SeverityOverrides_ListWhatDiffersFromDefaults_WithTheirSource()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n");
        dir.Write("press/.editorconfig", "[*]\nspacerhetoric.SR1101.severity = error\n");
        ConfigurationContext context = Context(dir, "severity: {SR1001: error, SR1002: warning}\n");

        context.OptionsForFile("docs/a.md");
        context.OptionsForFile("press/a.md");

        Assert.Equal(
            [
                new RuleSeverityOverride("SR1001", Severity.Error, ".spacerhetoric.yaml"),
                new RuleSeverityOverride("SR1101", Severity.Error, "press/.editorconfig"),
            ],
            context.SeverityOverrides);
    }

    [Fact]
    public void EnabledRules_IncludeRulesTurnedOnForSomeFile()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n");
        ConfigurationContext context = Context(dir, "overrides:\n  - files: ['reports/**']\n    severity: {SR1901: warning, SR1002: none}\n");

        context.OptionsForFile("docs/a.md");
        Assert.Equal(["SR1001", "SR1002", "SR1101"], context.EnabledRules.Select(r => r.Id));

        context.OptionsForFile("reports/a.md");
        Assert.Equal(["SR1001", "SR1002", "SR1101", "SR1901"], context.EnabledRules.Select(r => r.Id));
    }

    [Fact]
    public void FilesSharingSettings_ShareOneOptionsObject()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*.txt]\nspacerhetoric.SR1001.severity = error\n");
        ConfigurationContext context = Context(dir, "options: {'*': {qualifierWindow: paragraph}}\n");

        AnalysisOptions a = context.OptionsForFile("docs/a.md");
        AnalysisOptions b = context.OptionsForFile("press/b.md");
        AnalysisOptions c = context.OptionsForFile("docs/c.txt");

        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Equal("paragraph", a.RuleOptions["*"].QualifierWindow);
        Assert.Equal(Severity.Error, c.SeverityResolver!(TestRules.SR1001));
    }

    [Fact]
    public void IncludeAndExclude_AreRelativeToTheConfigFolder()
    {
        using var dir = new TempDirectory();
        dir.Write("team/.spacerhetoric.yaml", "include: ['docs/**/*.md']\nexclude: ['docs/archive/**']\ngitignore: false\n");
        SpaceRhetoricConfig config = ConfigLoader.Load(dir.Combine("team/.spacerhetoric.yaml"));
        var context = new ConfigurationContext(config, dir.Path, TestRules.All);

        Assert.True(context.Include("team/docs/a.md"));
        Assert.True(context.Include("team/docs/deep/b.md"));
        Assert.False(context.Include("team/docs/archive/old.md"));
        Assert.False(context.Include("team/notes/a.md"));
        Assert.False(context.Include("docs/a.md"));
    }

    [Fact]
    public void GitIgnore_SkipsIgnoredFilesAndFolders()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));
        dir.Write(".gitignore", "build/\n*.tmp.md\n");
        dir.Write("docs/.gitignore", "drafts/\n!keep.tmp.md\n");
        ConfigurationContext context = Context(dir, "gitignore: true\n");

        Assert.True(context.Include("docs/a.md"));
        Assert.False(context.Include("build/out.md"));
        Assert.False(context.Include("docs/build/out.md"));
        Assert.False(context.Include("notes/x.tmp.md"));
        Assert.False(context.Include("docs/drafts/d.md"));
        Assert.True(context.Include("notes/drafts/d.md"));
        Assert.True(context.Include("docs/keep.tmp.md"));
        Assert.False(context.Include("docs/other.tmp.md"));
    }

    [Fact]
    public void GitIgnore_NegationCannotReachIntoAnIgnoredFolder()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));
        dir.Write(".gitignore", "drafts/\n!drafts/final.md\n");
        ConfigurationContext context = Context(dir, "gitignore: true\n");

        Assert.False(context.Include("drafts/final.md"));
    }

    [Fact]
    public void GitIgnoreOff_IncludesIgnoredFiles()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine(".git"));
        dir.Write(".gitignore", "build/\n");
        ConfigurationContext context = Context(dir, "gitignore: false\n");

        Assert.True(context.Include("build/out.md"));
    }

    [Fact]
    public void PostProcess_UsesTheConfiguredUnusedSeverity()
    {
        using var dir = new TempDirectory();
        ConfigurationContext context = Context(dir, "reportUnusedSuppressions: error\n");
        var doc = DocumentBuilder.Parse("<!-- spacerhetoric-disable-next-line SR1001 -->\nNothing to see.\n");

        Diagnostic unused = Assert.Single(context.PostProcess(doc.Document, []));
        Assert.Equal((ToolDiagnosticIds.UnusedSuppression, Severity.Error), (unused.RuleId, unused.Severity));
    }
}
