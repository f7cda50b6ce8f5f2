using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

public class RulePackCheckerTests
{
    private const string Examples = """
        examples:
          flagged: ["It is [for all humanity]."]
          passing: ["It is for member states."]
        """;

    [Fact]
    public void FixturePack_IsClean()
    {
        LoadedRulePack pack = RulePackLoader.Load(false, [RuleExampleRunnerTests.FixtureDirectory("pack")]);

        Assert.Empty(RulePackChecker.Check(pack));
    }

    [Fact]
    public void DefaultPack_IsClean()
    {
        Assert.Empty(RulePackChecker.Check(RulePackLoader.Load(true, [])));
    }

    [Fact]
    public void RuleWithoutPassingExample_IsWarnedAtItsId_SR9013()
    {
        LoadedRulePack pack = Pack(Rule("SR2001", "for all humanity", "examples:\n  flagged: [\"It is [for all humanity].\"]"));

        ToolDiagnostic warning = Assert.Single(RulePackChecker.Check(pack));

        Assert.Equal((ToolDiagnosticIds.MissingExamples, Severity.Warning, "test/rule0.yaml", 1, 5), (warning.Id, warning.Severity, warning.Path, warning.Line, warning.Column));
        Assert.EndsWith("it has no passing example. Add them under 'examples:' so 'rules test' can check the rule.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleWithNoExamplesAtAll_NamesBothKinds()
    {
        ToolDiagnostic warning = Assert.Single(RulePackChecker.Check(Pack(Rule("SR2001", "for all humanity"))));

        Assert.Contains("it has no examples.", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"(\w+\s)+humanity", true)]
    [InlineData(@"((all|every)\s*)*mankind", true)]
    [InlineData(@"(\w+\s){1,3}humanity", false)]
    [InlineData(@"(all|every)+ mankind", false)]
    [InlineData(@"[(\w+)]+ mankind", false)]
    [InlineData(@"\(\w+\)+ mankind", false)]
    [InlineData(@"(a(b+)c)* mankind", true)]
    public void NestedQuantifiers_AreDetected(string regex, bool nested)
    {
        Assert.Equal(nested, RulePackChecker.HasNestedQuantifier(regex));
    }

    [Theory]
    [InlineData(@"benefit.*humanity", true)]
    [InlineData(@"benefit.+humanity", true)]
    [InlineData(@"benefit\.*humanity", false)]
    [InlineData(@"benefit[.*]humanity", false)]
    [InlineData(@"benefit.{1,20}humanity", false)]
    public void UnboundedWildcards_AreDetected(string regex, bool unbounded)
    {
        Assert.Equal(unbounded, RulePackChecker.HasUnboundedWildcard(regex));
    }

    [Fact]
    public void RegexRisks_AreReportedAtTheRegex_SR9012()
    {
        string rule = $"""
            id: SR2001
            name: RegexRule
            title: Regex rule
            category: universal-benefit
            severity: warning
            message: "'{"{match}"}' is a claim."
            regex:
              - 'x*'
              - '(\w+ )+humanity'
              - 'benefit.*humanity'
            {Examples}
            """;

        IReadOnlyList<ToolDiagnostic> found = RulePackChecker.Check(Pack(rule));

        Assert.Equal(
            [(Severity.Error, 8, 5), (Severity.Warning, 9, 5), (Severity.Warning, 10, 5)],
            found.Select(d => (d.Severity, d.Line, d.Column)));
        Assert.All(found, d => Assert.Equal(ToolDiagnosticIds.RiskyPattern, d.Id));
        Assert.Contains("empty string", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("nests quantifiers", found[1].Message, StringComparison.Ordinal);
        Assert.Contains("'.*'", found[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoublePossessive_NeverMatches_SR9014()
    {
        LoadedRulePack pack = Pack(Rule("SR2001", "humanity 's 's destiny\nhumanity 's destiny", Examples));

        ToolDiagnostic error = Assert.Single(RulePackChecker.Check(pack));

        // The column is the pattern's first character, inside the quotes.
        Assert.Equal((ToolDiagnosticIds.PatternNeverMatches, Severity.Error, 8, 6), (error.Id, error.Severity, error.Line, error.Column));
        Assert.Contains("two possessives", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalSecondPossessive_IsAllowed()
    {
        Assert.Empty(RulePackChecker.Check(Pack(Rule("SR2001", "humanity 's 's? destiny", Examples))));
    }

    [Fact]
    public void UnlessPatternEqualToTheRulePattern_NeverReports_SR9014()
    {
        string extra = Examples + "\nunless:\n  - patterns: [\"for  ALL humanity\"]";

        ToolDiagnostic error = Assert.Single(RulePackChecker.Check(Pack(Rule("SR2001", "for all humanity", extra))));

        Assert.Equal(ToolDiagnosticIds.PatternNeverMatches, error.Id);
        Assert.Contains("suppresses itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlessTermSetEqualToTheRulePattern_NeverReports_SR9014()
    {
        string extra = Examples + "\nunless: [humanity]";

        ToolDiagnostic error = Assert.Single(RulePackChecker.Check(Pack(Rule("SR2001", "{humanity}", extra))));

        Assert.Equal(ToolDiagnosticIds.PatternNeverMatches, error.Id);
        Assert.Contains("term set 'humanity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlessThatDowngrades_IsNotSelfSuppression()
    {
        string extra = Examples + "\nunless:\n  - patterns: [\"for all humanity\"]\n    severity: note";

        Assert.Empty(RulePackChecker.Check(Pack(Rule("SR2001", "for all humanity", extra))));
    }
}
