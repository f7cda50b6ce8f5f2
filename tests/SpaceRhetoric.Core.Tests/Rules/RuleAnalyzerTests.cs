using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

public class RuleAnalyzerTests
{
    private static readonly LoadedRulePack _qualified = Pack(Rule("SR1001", "for the benefit of all? {humanity}", """
        unless:
          - qualifier: stakeholder
          - patterns: [interests differ]
            window: paragraph
            severity: note
        """));

    [Fact]
    public void WhenQualifierInSentence_NoDiagnostic()
    {
        AssertMatches(_qualified, "It is for the benefit of all humanity, above all ESA member states.");
    }

    [Fact]
    public void WhenQualifierInOtherSentence_Reported()
    {
        AssertMatches(_qualified, "It is [for the benefit of all humanity]. Member states pay for it.");
    }

    [Fact]
    public void TermSetQualifier_ReferencingAnotherTermSet_Suppresses()
    {
        AssertMatches(_qualified, "It is for the benefit of humanity and the citizens of Japan.");
    }

    [Fact]
    public void DowngradeQualifier_InParagraph_LowersSeverity()
    {
        var diagnostics = Analyze(_qualified, "It is for the benefit of mankind. Yet interests differ.");
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Note, d.Severity);
        Assert.Equal(Severity.Warning, d.DefaultSeverity);
        Assert.Equal("stakeholder", d.Properties["absentQualifiers"]);
    }

    [Fact]
    public void ClauseWindow_OnlyLooksInTheClause()
    {
        var pack = Pack(Rule("SR1001", "space unites {humanity}", "unless:\n  - qualifier: interests-differ\n    window: clause"));
        AssertMatches(pack, "[Space unites humanity], but interests differ.");
        AssertMatches(pack, "Space unites humanity as interests differ.");
    }

    [Fact]
    public void QualifierWindowOverride_FromRuleOptions()
    {
        var options = new AnalysisOptions { RuleOptions = new Dictionary<string, RuleOptions> { ["*"] = new() { QualifierWindow = "paragraph" } } };
        AssertMatches(_qualified, "It is for the benefit of all humanity. Member states pay for it.", options: options);
        var perRule = new AnalysisOptions { RuleOptions = new Dictionary<string, RuleOptions> { ["SR1001"] = new() { QualifierWindow = "paragraph" }, ["*"] = new() { QualifierWindow = "clause" } } };
        AssertMatches(_qualified, "It is for the benefit of all humanity. Member states pay for it.", options: perRule);
    }

    [Fact]
    public void Explain_ReceivesSuppressionsAndDowngrades()
    {
        var entries = new List<ExplainEntry>();
        var options = new AnalysisOptions { Explain = entries.Add };
        Analyze(_qualified, "It is for the benefit of mankind for ESA. It is for the benefit of humanity; interests differ.", options);
        Assert.Equal(2, entries.Count);
        Assert.Equal("for the benefit of mankind", entries[0].MatchedText);
        Assert.Equal("suppressed by qualifier 'stakeholder' (\"ESA\") in sentence", entries[0].Decision);
        Assert.Equal(6, entries[0].Offset);
        Assert.StartsWith("downgraded to note by qualifier 'interests differ'", entries[1].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_CarriesMessageContextPropertiesAndFix()
    {
        var pack = Pack(Rule("SR1001", "for all mankind", "fix:\n  replacement: for the crews of {match}\n  description: Name who benefits.\nunless: [stakeholder]"));
        const string prefix = "# Title\n\n";
        const string text = "A leap for all\nmankind. Next.";
        var block = Block(text, ProseScope.Paragraph, offset: prefix.Length);
        var document = new Document("doc.md", new SourceText(prefix + text), [block]);
        Diagnostic d = Assert.Single(pack.Analyzer.Analyze(document, AnalysisOptions.Default));
        Assert.Equal(new TextSpan(prefix.Length + 7, 15), d.Span);
        Assert.Equal("for all mankind", d.MatchedText);
        Assert.Equal("'for all mankind' is a claim.", d.Message);
        Assert.Equal(new TextSpan(prefix.Length, 23), d.ContextSpan);
        Assert.Equal("A leap for all mankind.", d.ContextText);
        Assert.Equal("universal-benefit", d.Properties["category"]);
        Assert.Equal("stakeholder", d.Properties["absentQualifiers"]);
        Assert.Equal("false", d.Properties["quoted"]);
        Assert.Equal("paragraph", d.Properties["scope"]);
        Assert.Equal(new Fix("Name who benefits.", d.Span, "for the crews of for all mankind"), d.Fix);
    }

    [Fact]
    public void AbsentQualifiers_AreListedInPropertyAndMessage()
    {
        var pack = Pack(Rule("SR1001", "for all mankind", "unless: [stakeholder, interests-differ]")
            .Replace("message: \"'{match}' is a claim.\"", "message: \"'{match}' names no {absent}.\"", StringComparison.Ordinal));
        Diagnostic d = Assert.Single(Analyze(pack, "A leap for all mankind."));
        Assert.Equal("stakeholder,interests-differ", d.Properties["absentQualifiers"]);
        Assert.Equal("'for all mankind' names no stakeholder, interests-differ.", d.Message);
    }

    [Fact]
    public void Message_GetsAPeriod_AndSentencePlaceholder()
    {
        var pack = Pack(Rule("SR1001", "for all mankind").Replace("message: \"'{match}' is a claim.\"", "message: \"'{match}' in: {sentence}\"", StringComparison.Ordinal));
        Diagnostic d = Assert.Single(Analyze(pack, "A leap for all mankind"));
        Assert.Equal("'for all mankind' in: A leap for all mankind.", d.Message);
    }

    [Fact]
    public void Severity_FromResolver_NoneSkipsRule()
    {
        var pack = Pack(Rule("SR1001", "for all mankind"));
        Assert.Empty(Analyze(pack, "For all mankind.", new AnalysisOptions { SeverityResolver = _ => Severity.None }));
        Diagnostic d = Assert.Single(Analyze(pack, "For all mankind.", new AnalysisOptions { SeverityResolver = _ => Severity.Error }));
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Scopes_FilterBlocks()
    {
        var pack = Pack(Rule("SR1001", "for all mankind", "scopes: [heading, table-cell]"));
        Assert.Empty(Analyze(pack, "For all mankind.", scope: ProseScope.Paragraph));
        Assert.Single(Analyze(pack, "For all mankind", scope: ProseScope.Heading));
        Assert.Single(Analyze(pack, "For all mankind", scope: ProseScope.TableCell | ProseScope.BlockQuote));
    }

    [Fact]
    public void QuotedClaim_ReportedByDefault_AndMarkedQuoted()
    {
        var pack = Pack(Rule("SR1001", "space unites us"));
        Diagnostic d = Assert.Single(Analyze(pack, "The minister said that “space unites us” today."));
        Assert.Equal("true", d.Properties["quoted"]);
        Diagnostic plain = Assert.Single(Analyze(pack, "Space unites us."));
        Assert.Equal("false", plain.Properties["quoted"]);
    }

    [Theory]
    [InlineData("She wrote \"space unites us\" once.")]
    [InlineData("She wrote 'space unites us' once.")]
    [InlineData("She wrote ‘space unites us’ once.")]
    [InlineData("According to the agency, space unites us.")]
    [InlineData("Space unites us, the director said.")]
    public void QuotedSkip_DropsQuotedAndReportedSpeech(string text)
    {
        var pack = Pack(Rule("SR1001", "space unites us", "quoted: skip"));
        Assert.Empty(Analyze(pack, text));
        Assert.Single(Analyze(pack, "We believe space unites us."));
    }

    [Fact]
    public void Apostrophes_AreNotQuotes()
    {
        var pack = Pack(Rule("SR1001", "space unites us", "quoted: skip"));
        Assert.Single(Analyze(pack, "The agency's view: space unites us, the crews' motto."));
    }

    [Fact]
    public void QuotedDowngrade_AndConfigurationOverride()
    {
        var pack = Pack(Rule("SR1001", "space unites us", "quoted: note"));
        Assert.Equal(Severity.Note, Assert.Single(Analyze(pack, "“Space unites us,” she said.")).Severity);
        var options = new AnalysisOptions { RuleOptions = new Dictionary<string, RuleOptions> { ["*"] = new() { Quoted = "skip" } } };
        Assert.Empty(Analyze(pack, "“Space unites us,” she said.", options));
        var report = new AnalysisOptions { RuleOptions = new Dictionary<string, RuleOptions> { ["SR1001"] = new() { Quoted = "report" } } };
        Assert.Equal(Severity.Warning, Assert.Single(Analyze(pack, "“Space unites us,” she said.", report)).Severity);
    }

    [Fact]
    public void QuotedWithCriticalFraming_NotReported()
    {
        var pack = Pack(Rule("SR1001", "space unites us", "unless:\n  - qualifier: critical-framing\n    window: paragraph"));
        Assert.Empty(Analyze(pack, "The rhetoric of “space unites us” hides who pays."));
        Assert.Single(Analyze(pack, "As the motto says, “space unites us”."));
    }

    [Fact]
    public void Output_IsOrdered_AndDeterministic()
    {
        var pack = Pack(
            Rule("SR1002", "it is"),
            Rule("SR1001", "for all mankind\nspace unites us"));
        const string text = "Space unites us. It is for all mankind. Space unites us, it is for all mankind.";
        var first = Analyze(pack, text);
        Assert.Equal(
            [("SR1001", 0), ("SR1002", 17), ("SR1001", 23), ("SR1001", 40), ("SR1002", 57), ("SR1001", 63)],
            first.Select(d => (d.RuleId, d.Span.Start)).ToList());
        static string Dump(IEnumerable<Diagnostic> ds) => string.Join("\n", ds.Select(d =>
            $"{d.RuleId} {d.Span} {d.Severity} {d.Message} {d.ContextSpan} {string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))}"));
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Dump(Analyze(pack, text))).ToList();
        Assert.All(results, r => Assert.Equal(Dump(first), r));
    }

    [Fact]
    public void FindingInsideAnotherRulesFinding_IsMergedIntoIt()
    {
        var pack = Pack(
            Rule("SR1004", "for mankind"),
            Rule("SR1202", "shared future for mankind"));
        var explained = new List<ExplainEntry>();
        var found = Analyze(pack, "We build a shared future for mankind. We work for mankind.", new AnalysisOptions { Explain = explained.Add });
        Assert.Equal([("SR1202", 11), ("SR1004", 46)], found.Select(d => (d.RuleId, d.Span.Start)).ToList());
        var merged = Assert.Single(explained, e => e.Decision.StartsWith("merged", StringComparison.Ordinal));
        Assert.Equal("SR1004", merged.RuleId);
        Assert.Contains("SR1202", merged.Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedFindingOfHigherSeverity_IsKept()
    {
        var pack = Pack(
            Rule("SR1004", "for mankind").Replace("severity: warning", "severity: error"),
            Rule("SR1202", "shared future for mankind"));
        var found = Analyze(pack, "We build a shared future for mankind.");
        Assert.Equal(["SR1202", "SR1004"], found.Select(d => d.RuleId).ToList());
    }

    [Fact]
    public void Regex_RunsWithoutBacktracking_OnHostileInput()
    {
        var pack = Pack(Rule("SR1001", "unrelated", "regex:\n  - '(a+)+b'"));
        string hostile = new string('a', 20_000) + "!";
        Assert.Empty(Analyze(pack, hostile));
        Assert.Single(Analyze(pack, "aaab"));
    }

    [Fact]
    public void DocumentRule_MinClaims_UnlessAnywhere()
    {
        var pack = Pack(
            Rule("SR1001", "for all mankind\nspace unites us"),
            """
            id: SR1901
            name: ManyClaims
            title: Many claims
            category: claim-density
            severity: note
            kind: document
            message: "{count} universal claims and no named beneficiary; the first is '{match}'."
            document:
              minClaims: 3
              categories: [universal-benefit]
              unlessAnywhere: stakeholder
            """);
        var twice = Analyze(pack, "Space unites us. For all mankind.");
        Assert.DoesNotContain(twice, d => d.RuleId == "SR1901");
        var thrice = Analyze(pack, "Space unites us. For all mankind. Space unites us.");
        Diagnostic d = Assert.Single(thrice, x => x.RuleId == "SR1901");
        Assert.Equal(new TextSpan(0, 15), d.Span);
        Assert.Equal("3 universal claims and no named beneficiary; the first is 'Space unites us'.", d.Message);
        var qualified = Analyze(pack, "Space unites us. For all mankind. Space unites us. Taxpayers pay.");
        Assert.DoesNotContain(qualified, x => x.RuleId == "SR1901");

        // Claims still count when the phrase rule itself is off.
        var onlyDocument = new AnalysisOptions { SeverityResolver = r => r.Id == "SR1901" ? Severity.Note : Severity.None };
        Assert.Single(Analyze(pack, "Space unites us. For all mankind. Space unites us.", onlyDocument));
    }

    [Fact]
    public void DocumentRule_DensityPerSection()
    {
        var pack = Pack(
            Rule("SR1001", "space unites us"),
            """
            id: SR1902
            name: ClaimDensity
            title: Claim density
            category: claim-density
            severity: note
            kind: document
            message: "{count} claims in {words} words (more than {threshold} per thousand), starting at '{match}'."
            document:
              density:
                perThousandWords: 100
                per: section
            """);
        string dense = "Space unites us. Space unites us. Space unites us. Really.";   // 3 claims, 10 words
        string sparse = "Space unites us. " + string.Join(' ', Enumerable.Repeat("word", 60)) + ".";
        var blocks = new List<ProseBlock>
        {
            Block(sparse, section: 0),
            Block(dense, offset: sparse.Length + 2, section: 1),
        };
        string source = sparse + "\n\n" + dense;
        var diagnostics = pack.Analyzer.Analyze(new Document("d.md", new SourceText(source), blocks), AnalysisOptions.Default);
        Diagnostic d = Assert.Single(diagnostics, x => x.RuleId == "SR1902");
        Assert.Equal(sparse.Length + 2, d.Span.Start);
        Assert.Equal("3 claims in 10 words (more than 100 per thousand), starting at 'Space unites us'.", d.Message);
    }
}
