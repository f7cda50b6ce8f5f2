using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

public class HostileInputTests
{
    private static readonly LoadedRulePack _pack = Pack(
        Rule("SR1001", "for the benefit of all? {humanity}\nspace *3 unites us\n{humanity} 's destiny", "unless: [stakeholder]\nquoted: note"),
        """
        id: SR1901
        name: Cluster
        title: Cluster
        category: claim-density
        severity: note
        kind: document
        message: "{count} claims."
        document:
          density:
            perThousandWords: 1
        """);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\uFFFC")]
    [InlineData("...")]
    [InlineData("'s")]
    [InlineData("’")]
    [InlineData("-\n")]
    [InlineData("\"“‘'")]
    [InlineData("U.S.")]
    [InlineData("mankind's")]
    [InlineData("space, , , unites us")]
    public void EdgeCaseText_DoesNotThrow(string text)
    {
        var document = new Document("x.md", new SourceText(text), text.Length == 0 ? [] : [Block(text)]);
        _ = _pack.Analyzer.Analyze(document, AnalysisOptions.Default);
    }

    [Fact]
    public void RandomText_FromATrickyAlphabet_DoesNotThrow_AndSpansStayInside()
    {
        const string alphabet = "aeiou stpnmhy.,;:!?'’\"“”‘-—–()\n\uFFFC3sU";
        string[] words = ["space", "unites", "us", "for", "the", "benefit", "of", "all", "humanity", "mankind", "'s", "destiny", "U.S.", "bene-\nfit", "taxpayers"];
        var random = new Random(20261126);
        for (int round = 0; round < 300; round++)
        {
            var sb = new System.Text.StringBuilder();
            int length = random.Next(0, 120);
            while (sb.Length < length)
            {
                if (random.Next(3) == 0)
                {
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                }
                else
                {
                    sb.Append(words[random.Next(words.Length)]).Append(' ');
                }
            }

            string text = sb.ToString();
            var document = new Document("x.md", new SourceText(text), text.Length == 0 ? [] : [Block(text)]);
            foreach (var d in _pack.Analyzer.Analyze(document, AnalysisOptions.Default))
            {
                Assert.InRange(d.Span.Start, 0, text.Length);
                Assert.InRange(d.Span.End, d.Span.Start, text.Length);
                Assert.EndsWith(".", d.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void VeryLongWordsAndBlocks_DoNotThrow()
    {
        string longWord = new string('a', 5000) + "’" + new string('b', 5000);
        string text = longWord + " space unites us " + string.Concat(Enumerable.Repeat("for the benefit of humanity, ", 2000));
        var document = new Document("x.md", new SourceText(text), [Block(text)]);
        Assert.Equal(2001, _pack.Analyzer.Analyze(document, AnalysisOptions.Default).Count(d => d.RuleId == "SR1001"));
    }

    [Fact]
    public void ExplainCallback_MayAnalyzeAnotherDocument()
    {
        var inner = new List<int>();
        var options = new AnalysisOptions
        {
            Explain = _ => inner.Add(_pack.Analyzer.Analyze(Doc("Space unites us. For the benefit of mankind."), AnalysisOptions.Default).Count),
        };
        var outer = _pack.Analyzer.Analyze(Doc("For the benefit of mankind and taxpayers. Space unites us."), options);
        Assert.Equal([3], inner);
        Assert.Equal(["space unites us"], outer.Where(d => d.RuleId == "SR1001").Select(d => d.MatchedText.ToLowerInvariant()));
    }
}
