using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

public class RulePackLoaderTests
{
    private const string Valid = """
        id: SR1001
        name: BenefitClaim
        title: A benefit claim
        category: universal-benefit
        severity: warning
        message: "'{match}' claims a benefit for everyone."
        patterns:
          - for all mankind
        """;

    private static ToolDiagnostic LoadOne(string yaml, string path = "pack/SR1001.yaml") =>
        SingleError(() => RulePackLoader.LoadSources([(path, yaml)]));

    private static void AssertAt(ToolDiagnostic d, string id, int line, int column, string path = "pack/SR1001.yaml")
    {
        Assert.Equal(id, d.Id);
        Assert.Equal(path, d.Path);
        Assert.Equal((line, column), (d.Line, d.Column));
    }

    [Fact]
    public void ValidRule_Loads()
    {
        LoadedRulePack pack = RulePackLoader.LoadSources([("pack/SR1001.yaml", Valid)]);
        RuleDescriptor rule = Assert.Single(pack.Analyzer.Rules);
        Assert.Equal("SR1001", rule.Id);
        Assert.Equal("BenefitClaim", rule.Name);
        Assert.Equal(Severity.Warning, rule.DefaultSeverity);
        Assert.Equal("pack/SR1001.yaml", rule.SourcePath);
    }

    [Fact]
    public void MalformedYaml_SR9001_AtParserPosition()
    {
        var d = LoadOne("id: SR1001\nname: [Unclosed\ntitle: x\n");
        Assert.Equal(ToolDiagnosticIds.MalformedYaml, d.Id);
        Assert.Equal("pack/SR1001.yaml", d.Path);
        Assert.Equal(2, d.Line);
        Assert.True(d.Column >= 7, $"column {d.Column}");
        Assert.DoesNotContain("Idx:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYaml_TabIndentation_SR9001()
    {
        var d = LoadOne("id: SR1001\npatterns:\n\t- x\n");
        AssertAt(d, ToolDiagnosticIds.MalformedYaml, 3, 1);
    }

    [Fact]
    public void MissingKey_SR9002_AtMappingStart()
    {
        var d = LoadOne(Valid.Replace("title: A benefit claim\n", "", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.MissingKey, 1, 1);
        Assert.Contains("'title'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPatterns_SR9002()
    {
        var d = LoadOne(Valid.Replace("patterns:\n  - for all mankind", "", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.MissingKey, 1, 1);
        Assert.Contains("'patterns'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_SR9003_AtKey_WithSuggestion()
    {
        var d = LoadOne(Valid.Replace("severity: warning", "severity: warning\nseverty: note", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.UnknownKey, 6, 1);
        Assert.Contains("did you mean 'severity'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_InNestedMapping_SR9003()
    {
        var ex = Assert.Throws<ToolDiagnosticException>(() => RulePackLoader.LoadSources([("pack/SR1001.yaml", Valid + "\nunless:\n  - qualifer: stakeholder\n")]));
        var d = Assert.Single(ex.Diagnostics, e => e.Id == ToolDiagnosticIds.UnknownKey);
        Assert.Equal((10, 5), (d.Line, d.Column));
        Assert.Contains("did you mean 'qualifier'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRuleId_SR9004_AtSecondId_NamingFirstFile()
    {
        var second = Valid.Replace("BenefitClaim", "OtherClaim", StringComparison.Ordinal);
        var d = SingleError(() => RulePackLoader.LoadSources([("pack/a.yaml", Valid), ("pack/b.yaml", second)]));
        AssertAt(d, ToolDiagnosticIds.DuplicateRuleId, 1, 5, "pack/b.yaml");
        Assert.Contains("pack/a.yaml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserRule_ReusingDefaultPackId_SR9004()
    {
        var user = Valid.Replace("BenefitClaim", "MyClaim", StringComparison.Ordinal);
        var d = SingleError(() => RulePackLoader.LoadSources([("mine/SR1001.yaml", user)], defaultPack: [("rules/SR1001.yaml", Valid)]));
        AssertAt(d, ToolDiagnosticIds.DuplicateRuleId, 1, 5, "mine/SR1001.yaml");
        Assert.Contains("default pack", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeverity_SR9005_AtValue()
    {
        var d = LoadOne(Valid.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidSeverity, 5, 11);
    }

    [Fact]
    public void InvalidRegex_SR9006_WithParserMessage()
    {
        var d = LoadOne(Valid + "\nregex:\n  - '(unclosed'\n");
        AssertAt(d, ToolDiagnosticIds.InvalidRegex, 10, 5);
        Assert.Contains("(unclosed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegexConstructUnsupportedWithoutBacktracking_SR9006()
    {
        var d = LoadOne(Valid + "\nregex:\n  - '(?<=for )all'\n");
        AssertAt(d, ToolDiagnosticIds.InvalidRegex, 10, 5);
        Assert.Contains("backtracking", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("precision: perfect", 9, 12)]
    [InlineData("quoted: sometimes", 9, 9)]
    [InlineData("scopes: [paragraph, footer]", 9, 21)]
    [InlineData("unless:\n  - qualifier: stakeholder\n    window: chapter", 11, 13)]
    [InlineData("kind: essay", 9, 7)]
    [InlineData("tags: {a: b}", 9, 7)]
    public void InvalidValue_SR9007_AtValue(string extra, int line, int column)
    {
        var d = SingleError(() => RulePackLoader.LoadSources([("test/terms.yaml", Terms), ("pack/SR1001.yaml", Valid + "\n" + extra + "\n")]));
        AssertAt(d, ToolDiagnosticIds.InvalidValue, line, column);
    }

    [Fact]
    public void BadCategory_SR9007_WithSuggestion()
    {
        var d = LoadOne(Valid.Replace("category: universal-benefit", "category: universal-benefits", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidValue, 4, 11);
        Assert.Contains("did you mean 'universal-benefit'?", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: benefitClaim")]
    [InlineData("name: SR1001")]
    [InlineData("name: BENEFIT")]
    [InlineData("name: Benefit_Claim")]
    public void BadName_SR9007(string nameLine)
    {
        var d = LoadOne(Valid.Replace("name: BenefitClaim", nameLine, StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidValue, 2, 7);
    }

    [Theory]
    [InlineData("NasaLeadsHumanity")]
    [InlineData("ESALeadsHumanity")]
    public void PascalCaseNames_MayHoldAcronyms(string name)
    {
        LoadedRulePack pack = RulePackLoader.LoadSources([("pack/SR1001.yaml", Valid.Replace("BenefitClaim", name, StringComparison.Ordinal))]);
        Assert.Equal(name, Assert.Single(pack.Analyzer.Rules).Name);
    }

    [Theory]
    [InlineData("SR12")]
    [InlineData("XX1001")]
    [InlineData("SR10011")]
    public void BadRuleId_SR9008_AtValue(string id)
    {
        var d = LoadOne(Valid.Replace("id: SR1001", "id: " + id, StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidRuleId, 1, 5);
    }

    [Theory]
    [InlineData("  - for all (mankind", 8, 13)]
    [InlineData("  - 'for ) mankind'", 8, 10)]
    [InlineData("  - \"for all, mankind\"", 8, 13)]
    [InlineData("  - for *0 mankind", 8, 9)]
    [InlineData("  - '*2 mankind'", 8, 6)]
    [InlineData("  - mankind?", 8, 5)]
    public void InvalidPattern_SR9009_AtOffendingCharacter(string patternLine, int line, int column)
    {
        var d = LoadOne(Valid.Replace("  - for all mankind", patternLine, StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidPattern, line, column);
    }

    [Fact]
    public void InvalidPattern_InFoldedScalar_PointsAtScalar()
    {
        var d = LoadOne(Valid.Replace("  - for all mankind", "  - >-\n    for all\n    (mankind", StringComparison.Ordinal));
        AssertAt(d, ToolDiagnosticIds.InvalidPattern, 8, 5);
    }

    [Fact]
    public void UnknownTermSet_SR9010_AtReference_WithSuggestion()
    {
        var d = SingleError(() => RulePackLoader.LoadSources([("test/terms.yaml", Terms), ("pack/SR1001.yaml", Valid.Replace("  - for all mankind", "  - for all {humanty}", StringComparison.Ordinal))]));
        AssertAt(d, ToolDiagnosticIds.UnknownTermSet, 8, 13);
        Assert.Contains("did you mean 'humanity'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownQualifier_SR9010_AtValue()
    {
        var d = LoadOne(Valid + "\nunless:\n  - qualifier: stakeholders\n");
        AssertAt(d, ToolDiagnosticIds.UnknownTermSet, 10, 16);
    }

    [Fact]
    public void RulesFolderNotFound_SR9011_WithoutPosition()
    {
        string missing = Path.Combine(Path.GetTempPath(), "spacerhetoric-missing-" + Guid.NewGuid().ToString("N"));
        var d = SingleError(() => RulePackLoader.Load(false, [missing]));
        Assert.Equal(ToolDiagnosticIds.RulesFolderNotFound, d.Id);
        Assert.Equal(missing, d.Path);
        Assert.Equal((0, 0), (d.Line, d.Column));
    }

    [Fact]
    public void DuplicateTermSet_SR9007_AtSecond()
    {
        const string more = "termSets:\n  extra:\n    terms: [x]\n  humanity:\n    terms: [people]\n";
        var d = SingleError(() => RulePackLoader.LoadSources([("test/terms.yaml", Terms), ("test/more.yaml", more)]));
        AssertAt(d, ToolDiagnosticIds.InvalidValue, 4, 3, "test/more.yaml");
        Assert.Contains("test/terms.yaml", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermSetCycle_SR9007()
    {
        const string cyclic = "termSets:\n  a:\n    terms: ['x {b}']\n  b:\n    terms: ['y {a}']\n";
        var d = SingleError(() => RulePackLoader.LoadSources([("test/cyclic.yaml", cyclic)]));
        Assert.Equal(ToolDiagnosticIds.InvalidValue, d.Id);
        Assert.Contains("refers to itself", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsAcrossFiles_AreAllCollected_InPathOrder()
    {
        var ex = Assert.Throws<ToolDiagnosticException>(() => RulePackLoader.LoadSources(
        [
            ("pack/b.yaml", Valid.Replace("severity: warning", "severity: loud", StringComparison.Ordinal)),
            ("pack/a.yaml", Valid.Replace("id: SR1001", "id: SR1", StringComparison.Ordinal).Replace("priority", "x", StringComparison.Ordinal) + "\npriority: 1\n"),
        ]));
        Assert.Equal(
            [("pack/a.yaml", ToolDiagnosticIds.InvalidRuleId, 1), ("pack/a.yaml", ToolDiagnosticIds.UnknownKey, 9), ("pack/b.yaml", ToolDiagnosticIds.InvalidSeverity, 5)],
            ex.Diagnostics.Select(d => (d.Path, d.Id, d.Line)).ToList());
    }

    [Fact]
    public void FileWithNeitherIdNorTermSets_SR9002()
    {
        var d = LoadOne("title: orphan\n");
        AssertAt(d, ToolDiagnosticIds.MissingKey, 1, 1);
    }

    [Fact]
    public void Directory_LoadsYamlAndDocs_InOrdinalOrder_WithDisplayPaths()
    {
        string dir = Path.Combine(Path.GetTempPath(), "spacerhetoric-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "terms"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "terms", "humanity.yaml"), Terms);
            File.WriteAllText(Path.Combine(dir, "SR1001.yaml"), Valid.Replace("for all mankind", "for all {humanity}", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(dir, "SR1001.md"), "# SR1001\nHelp text.");
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "ignored");
            LoadedRulePack pack = RulePackLoader.Load(false, [dir]);
            RuleDescriptor rule = Assert.Single(pack.Analyzer.Rules);
            Assert.Equal(dir.Replace('\\', '/') + "/SR1001.yaml", rule.SourcePath);
            Assert.Equal("# SR1001\nHelp text.", rule.HelpMarkdown);
            Assert.Equal("# SR1001\nHelp text.", pack.Docs["SR1001"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DefaultPack_LoadsFromEmbeddedResources()
    {
        // The default pack may be empty while it is being written; loading it must never fail.
        LoadedRulePack pack = RulePackLoader.Load(true, []);
        Assert.All(pack.Analyzer.Rules, r => Assert.StartsWith("rules/", r.SourcePath, StringComparison.Ordinal));
    }
}
