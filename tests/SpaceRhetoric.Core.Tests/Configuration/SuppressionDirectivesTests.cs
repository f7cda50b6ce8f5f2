using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class SuppressionDirectivesTests
{
    private readonly SuppressionDirectives _directives = new(TestRules.All);

    private IReadOnlyList<Diagnostic> Apply(string markup, Severity unused = Severity.Warning)
    {
        var built = DocumentBuilder.Parse(markup);
        return _directives.Apply(built.Document, built.Findings, unused);
    }

    /// <summary>Each finding as "ID text" with "(suppressed)" when suppressed; reports as "ID".</summary>
    private static string[] Summary(IReadOnlyList<Diagnostic> results) =>
        [.. results.Select(d => d.RuleId.StartsWith("SR92", StringComparison.Ordinal)
            ? d.RuleId
            : $"{d.RuleId} {d.MatchedText}{(d.Suppression is null ? string.Empty : " (suppressed)")}")];

    [Fact]
    public void DisableEnable_SuppressesBetween()
    {
        var results = Apply("""
            {|SR1001:before|}
            <!-- spacerhetoric-disable -->
            {|SR1001:inside|} and {|SR1101:also|}
            <!-- spacerhetoric-enable -->
            {|SR1001:after|}
            """);

        Assert.Equal(["SR1001 before", "SR1001 inside (suppressed)", "SR1101 also (suppressed)", "SR1001 after"], Summary(results));
        Assert.Equal(new Suppression("inSource", null), results[1].Suppression);
    }

    [Fact]
    public void DisableWithoutEnable_RunsToTheEnd()
    {
        var results = Apply("<!-- spacerhetoric-disable SR1001 -->\n\nText.\n\nMore {|SR1001:claims|}.\n");

        Assert.Equal(["SR1001 claims (suppressed)"], Summary(results));
    }

    [Fact]
    public void DisableWithIds_OnlyThoseRules_CommaOrSpaceSeparated()
    {
        var results = Apply("""
            <!-- spacerhetoric-disable SR1001,SR1002 SR1101 -->
            {|SR1001:a|} {|SR1002:b|} {|SR1101:c|}
            <!-- spacerhetoric-enable -->
            <!-- spacerhetoric-disable SR1002 -->
            {|SR1001:d|} {|SR1002:e|}
            """);

        Assert.Equal(["SR1001 a (suppressed)", "SR1002 b (suppressed)", "SR1101 c (suppressed)", "SR1001 d", "SR1002 e (suppressed)"], Summary(results));
    }

    [Fact]
    public void EnableOneRule_AfterDisablingAll_KeepsTheOthersDisabled()
    {
        var results = Apply("""
            <!-- spacerhetoric-disable -- press quotes follow -->
            {|SR1001:a|} {|SR1002:b|}
            <!-- spacerhetoric-enable SR1001 -->
            {|SR1001:c|} {|SR1002:d|}
            """);

        Assert.Equal(["SR1001 a (suppressed)", "SR1002 b (suppressed)", "SR1001 c", "SR1002 d (suppressed)"], Summary(results));
        Assert.Equal("press quotes follow", results[3].Suppression?.Justification);
    }

    [Fact]
    public void DisableNextLine_SkipsBlankLines_AndCoversOneLine()
    {
        var results = Apply("""
            <!-- spacerhetoric-disable-next-line SR1001 -- quoted from the treaty -->

            {|SR1001:first|} line
            {|SR1001:second|} line
            """);

        Assert.Equal(["SR1001 first (suppressed)", "SR1001 second"], Summary(results));
        Assert.Equal(new Suppression("inSource", "quoted from the treaty"), results[0].Suppression);
    }

    [Fact]
    public void DisableNextLine_StackedDirectives_BothReachTheProseLine()
    {
        var results = Apply("""
            <!-- spacerhetoric-disable-next-line SR1001 -->
            <!-- spacerhetoric-disable-next-line SR1101 -->
            {|SR1001:a|} {|SR1101:b|}
            """);

        Assert.Equal(["SR1001 a (suppressed)", "SR1101 b (suppressed)"], Summary(results));
    }

    [Fact]
    public void DisableLine_CoversTheCommentsOwnLine()
    {
        var results = Apply("""
            {|SR1001:one|} <!-- spacerhetoric-disable-line -->
            {|SR1001:two|}
            """);

        Assert.Equal(["SR1001 one (suppressed)", "SR1001 two"], Summary(results));
    }

    [Fact]
    public void InAList_DisableLineInsideTheItem()
    {
        var results = Apply("""
            - Space exploration {|SR1001:benefits all humanity|}. <!-- spacerhetoric-disable-line SR1001 -- the charter's wording -->
            - Space {|SR1101:unites us|}.
            """);

        Assert.Equal(["SR1001 benefits all humanity (suppressed)", "SR1101 unites us"], Summary(results));
    }

    [Fact]
    public void InABlockQuote_DisableNextLineSkipsTheEmptyQuoteLine()
    {
        var results = Apply("""
            > <!-- spacerhetoric-disable-next-line -- quoted in order to examine it -->
            >
            > "Space {|SR1101:unites us all|}," the minister said.
            > It is {|SR1001:for all mankind|}.
            """);

        Assert.Equal(["SR1101 unites us all (suppressed)", "SR1001 for all mankind"], Summary(results));
    }

    [Fact]
    public void InATable_DisableLineCoversOneRow()
    {
        var results = Apply("""
            | Source | Claim |
            |---|---|
            | Treaty | {|SR1001:for the benefit of all countries|} <!-- spacerhetoric-disable-line SR1001 --> |
            | Draft | {|SR1001:for all humanity|} |
            """);

        Assert.Equal(["SR1001 for the benefit of all countries (suppressed)", "SR1001 for all humanity"], Summary(results));
    }

    [Fact]
    public void Category_SuppressesRulesOfThatCategory()
    {
        var results = Apply("""
            <!-- spacerhetoric-disable-next-line category:unity-claim -->
            {|SR1101:unites|} {|SR1001:all humanity|}
            """);

        Assert.Equal(["SR1101 unites (suppressed)", "SR1001 all humanity"], Summary(results));
    }

    [Fact]
    public void UnusedDirective_ReportedAtTheComment()
    {
        var built = DocumentBuilder.Parse("Text.\n<!-- spacerhetoric-disable-next-line SR1001 -->\nNothing here.\n");

        Diagnostic report = Assert.Single(_directives.Apply(built.Document, built.Findings, Severity.Warning));

        Assert.Equal(ToolDiagnosticIds.UnusedSuppression, report.RuleId);
        Assert.Equal(Severity.Warning, report.Severity);
        Assert.Equal(built.Document.Comments[0].Span, report.Span);
        Assert.Equal("<!-- spacerhetoric-disable-next-line SR1001 -->", report.MatchedText);
        Assert.Contains("SR1001", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartlyUnusedDirective_NamesTheUnusedIds()
    {
        var results = Apply("<!-- spacerhetoric-disable-next-line SR1001, SR1002 -->\n{|SR1001:a|}\n");

        // The report sits at the comment, which comes first in the document.
        Assert.Equal(["SR9203", "SR1001 a (suppressed)"], Summary(results));
        Assert.Contains("no finding of SR1002", results[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SR1001", results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusedReport_CanBeTurnedOffOrRaised()
    {
        const string Markup = "<!-- spacerhetoric-disable -->\nNothing.\n";

        Assert.Empty(Apply(Markup, Severity.None));
        Assert.Equal(Severity.Error, Assert.Single(Apply(Markup, Severity.Error)).Severity);
    }

    [Fact]
    public void Reports_HaveDescriptorsForTheRunsRuleList()
    {
        Assert.Equal(ToolDiagnosticIds.UnusedSuppression, SuppressionDirectives.UnusedSuppressionRule.Id);
        Assert.Equal(ToolDiagnosticIds.InvalidSuppression, SuppressionDirectives.InvalidSuppressionRule.Id);
        Assert.NotEqual(SuppressionDirectives.UnusedSuppressionRule.Name, SuppressionDirectives.InvalidSuppressionRule.Name);
        Assert.All([SuppressionDirectives.UnusedSuppressionRule, SuppressionDirectives.InvalidSuppressionRule],
            r => Assert.EndsWith("docs/configuration.md#silencing-a-finding-in-the-document", r.HelpUri, StringComparison.Ordinal));
    }

    [Fact]
    public void EnableIsNeverReportedUnused() =>
        Assert.Empty(Apply("<!-- spacerhetoric-enable SR1001 -->\nText.\n"));

    [Fact]
    public void MisspeltVerb_SR9204WithDidYouMean_AndNothingSuppressed()
    {
        var results = Apply("<!-- spacerhetoric-disabel-next-line SR1001 -->\n{|SR1001:a|}\n");

        Assert.Equal(["SR9204", "SR1001 a"], Summary(results));
        Assert.Contains("Did you mean 'spacerhetoric-disable-next-line'?", results[0].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, results[0].Severity);
    }

    [Theory]
    [InlineData("spacerhetoric-disable SR10", "'SR10' is not a rule ID")]
    [InlineData("spacerhetoric-disable benefit-claim", "'benefit-claim' is not a rule ID")]
    [InlineData("spacerhetoric-disable SR1003", "no loaded rule has ID 'SR1003' (did you mean 'SR1001'?)")]
    [InlineData("spacerhetoric-disable category:unity", "no loaded rule has category 'unity'")]
    public void BadIds_SR9204_AndTheDirectiveIsIgnoredWhole(string directive, string messagePart)
    {
        var results = Apply($"<!-- {directive} -->\n{{|SR1001:a|}}\n");

        Assert.Equal(["SR9204", "SR1001 a"], Summary(results));
        Assert.Contains(messagePart, results[0].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithoutKnownRules_AnyWellFormedIdIsAccepted()
    {
        var built = DocumentBuilder.Parse("<!-- spacerhetoric-disable-next-line SR4242 -->\n{|SR4242:a|}\n");

        var results = new SuppressionDirectives().Apply(built.Document, built.Findings, Severity.Warning);

        Assert.NotNull(Assert.Single(results).Suppression);
    }

    [Fact]
    public void OtherComments_AreIgnored()
    {
        var built = DocumentBuilder.Parse("<!-- TODO: check the figures -->\n<!-- spacerhetoric is great -->\n{|SR1001:a|}\n");

        Assert.Same(built.Findings, _directives.Apply(built.Document, built.Findings, Severity.Warning));
    }

    [Fact]
    public void MultiLineComment_DirectiveParsesAndNextLineFollowsItsEnd()
    {
        var results = Apply("<!--\n  spacerhetoric-disable-next-line SR1001\n  -- the treaty's words\n-->\n{|SR1001:a|}\n");

        Assert.Equal(["SR1001 a (suppressed)"], Summary(results));
        Assert.Equal("the treaty's words", results[0].Suppression?.Justification);
    }

    [Fact]
    public void AlreadySuppressedFindings_AreLeftAlone()
    {
        var built = DocumentBuilder.Parse("<!-- spacerhetoric-disable-next-line -->\n{|SR1001:a|}\n");
        var external = built.Findings[0] with { Suppression = new Suppression("external", "baseline") };

        var results = _directives.Apply(built.Document, [external], Severity.Warning);

        Assert.Equal(["SR9203", "SR1001 a (suppressed)"], Summary(results));
        Assert.Equal("external", results[1].Suppression?.Kind);
    }
}
