using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class EditorConfigSeverityResolverTests
{
    private readonly EditorConfigSeverityResolver _resolver = new();

    [Fact]
    public void NearestFile_WinsOverFarther()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*.md]\nspacerhetoric.SR1001.severity = error\n");
        string nested = dir.Write("docs/.editorconfig", "[*.md]\nspacerhetoric.SR1001.severity = suggestion\n");
        string doc = dir.Write("docs/a.md", "text");

        Assert.Equal(Severity.Note, _resolver.Resolve(TestRules.SR1001, doc));
        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1001, dir.Write("b.md", "text")));
        SeverityDecision? decision = _resolver.Find(TestRules.SR1001, doc);
        Assert.Equal(new SeverityDecision(Severity.Note, nested, 2, "spacerhetoric.sr1001.severity"), decision);
    }

    [Fact]
    public void RootTrue_StopsTheWalk()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.SR1002.severity = error\nspacerhetoric.SR1001.severity = error\n");
        dir.Write("docs/.editorconfig", "root = true\n[*]\nspacerhetoric.SR1001.severity = none\n");
        string doc = dir.Combine("docs/a.md");

        Assert.Equal(Severity.None, _resolver.Resolve(TestRules.SR1001, doc));
        Assert.Equal(Severity.Warning, _resolver.Resolve(TestRules.SR1002, doc));
    }

    [Fact]
    public void LastMatchingSection_WinsWithinAFile()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", """
            root = true

            [*.md]
            spacerhetoric.SR1001.severity = error

            [docs/**]
            spacerhetoric.SR1001.severity = silent

            [*.txt]
            spacerhetoric.SR1001.severity = note
            """);

        Assert.Equal(Severity.None, _resolver.Resolve(TestRules.SR1001, dir.Combine("docs/a.md")));
        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1001, dir.Combine("press/a.md")));
        Assert.Equal(Severity.Note, _resolver.Resolve(TestRules.SR1001, dir.Combine("press/a.txt")));
    }

    [Fact]
    public void RuleId_BeatsCategory_BeatsAllRules_EvenFromAFartherFile()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.SR1001.severity = error\n");
        dir.Write("docs/.editorconfig", "[*]\nspacerhetoric.severity = none\nspacerhetoric.category-universal-benefit.severity = note\n");
        string doc = dir.Combine("docs/a.md");

        // Like Roslyn: keys merge across files first, then the most specific key applies.
        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1001, doc));
        Assert.Equal(Severity.Note, _resolver.Resolve(TestRules.SR1002, doc));
        Assert.Equal(Severity.None, _resolver.Resolve(TestRules.SR1101, doc));
    }

    [Fact]
    public void Default_RestoresTheRuleDefault()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.severity = error\nspacerhetoric.SR1101.severity = default\n");

        Assert.Equal(Severity.Note, _resolver.Resolve(TestRules.SR1101, dir.Combine("a.md")));
        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1002, dir.Combine("a.md")));
    }

    [Fact]
    public void NoSetting_GivesNullAndTheDefault()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*.cs]\nindent_size = 4\n");

        Assert.Null(_resolver.Find(TestRules.SR1001, dir.Combine("a.md")));
        Assert.Equal(Severity.Warning, _resolver.Resolve(TestRules.SR1001, dir.Combine("a.md")));
    }

    [Fact]
    public void KeysAreCaseInsensitive_AndCommentsIgnored()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n# a comment\n; another\n[*]\nSpaceRhetoric.sr1001.Severity = ERROR\n");

        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1001, dir.Combine("a.md")));
    }

    [Fact]
    public void TrailingCommentsAndColonSeparator_LikeRoslyn()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.SR1001.severity = error   # strict\nspacerhetoric.SR1002.severity: note ; relaxed\n");

        Assert.Equal(Severity.Error, _resolver.Resolve(TestRules.SR1001, dir.Combine("a.md")));
        Assert.Equal(Severity.Note, _resolver.Resolve(TestRules.SR1002, dir.Combine("a.md")));
    }

    [Fact]
    public void BadSeverity_SR9104AtTheValue()
    {
        using var dir = new TempDirectory();
        string file = dir.Write(".editorconfig", "root = true\n[*]\nspacerhetoric.SR1001.severity =  fatal\n");

        var ex = Assert.Throws<ToolDiagnosticException>(() => _resolver.Resolve(TestRules.SR1001, dir.Combine("a.md")));

        ToolDiagnostic d = Assert.Single(ex.Diagnostics);
        Assert.Equal((ToolDiagnosticIds.ConfigInvalidSeverity, file, 3, 34), (d.Id, d.Path, d.Line, d.Column));
        Assert.Contains("'fatal'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyThreads_ShareOneParse()
    {
        using var dir = new TempDirectory();
        dir.Write(".editorconfig", "root = true\n[{a,b}*.md]\nspacerhetoric.SR1001.severity = error\n");

        Severity[] results = new Severity[64];
        Parallel.For(0, results.Length, i => results[i] = _resolver.Resolve(TestRules.SR1001, dir.Combine($"{(i % 2 == 0 ? "a" : "c")}{i}.md")));

        Assert.All(results.Where((_, i) => i % 2 == 0), s => Assert.Equal(Severity.Error, s));
        Assert.All(results.Where((_, i) => i % 2 == 1), s => Assert.Equal(Severity.Warning, s));
    }
}
