using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Configuration;

/// <summary>Suppression comments as the Markdown reader hands them over, in lists, quotes and tables.</summary>
public class SuppressionWithMarkdownReaderTests
{
    private static readonly SuppressionDirectives Directives = new(TestRules.All);

    /// <summary>Reads <paramref name="markdown"/>, puts one finding on each (rule, phrase) occurrence, applies directives.</summary>
    private static string[] Lint(string markdown, params (string RuleId, string Phrase)[] claims)
    {
        Document doc = new MarkdownDocumentReader().Read("doc.md", new SourceText(markdown));
        var findings = new List<Diagnostic>();
        foreach (var (ruleId, phrase) in claims)
        {
            for (int at = markdown.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                findings.Add(DocumentBuilder.Finding(ruleId, at, phrase));
            }
        }

        return [.. Directives.Apply(doc, [.. findings.OrderBy(f => f.Span.Start)], Severity.Warning)
            .Select(d => d.RuleId.StartsWith("SR92", StringComparison.Ordinal)
                ? d.RuleId
                : $"{d.RuleId} line {doc.Source.GetLinePosition(d.Span.Start).Line + 1}{(d.Suppression is null ? string.Empty : " suppressed")}")];
    }

    [Fact]
    public void NestedList_DisableLineAtTheEndOfAnItem()
    {
        string[] results = Lint("""
            - Goals:
              - Serve all humanity. <!-- spacerhetoric-disable-line SR1001 -- the charter's words -->
              - Serve all humanity again.
            """, ("SR1001", "all humanity"));

        Assert.Equal(["SR1001 line 2 suppressed", "SR1001 line 3"], results);
    }

    [Fact]
    public void BlockQuote_MultiLineCommentWithQuoteMarkers()
    {
        string[] results = Lint("""
            > <!-- spacerhetoric-disable-next-line SR1101
            > -- quoted in order to examine it -->
            > "Space unites us," the minister said.
            >
            > Space unites us, she repeated.
            """, ("SR1101", "unites us"));

        Assert.Equal(["SR1101 line 3 suppressed", "SR1101 line 5"], results);
    }

    [Fact]
    public void Table_DisableLineInACell()
    {
        string[] results = Lint("""
            | Source | Wording |
            |---|---|
            | Treaty | for the benefit of all countries <!-- spacerhetoric-disable-line SR1001 --> |
            | Draft | for the benefit of all countries |
            """, ("SR1001", "for the benefit of all countries"));

        Assert.Equal(["SR1001 line 3 suppressed", "SR1001 line 4"], results);
    }

    [Fact]
    public void DisableEnable_AroundAHeadingAndParagraphs()
    {
        string[] results = Lint("""
            # Annex: speeches

            <!-- spacerhetoric-disable category:unity-claim -- collected for analysis -->

            Space unites us.

            ## Our position
            <!-- spacerhetoric-enable -->

            Space unites us only when the parties are named.
            """, ("SR1101", "Space unites us"));

        Assert.Equal(["SR1101 line 5 suppressed", "SR1101 line 10"], results);
    }

    [Fact]
    public void CommentInsideCode_IsNotADirective()
    {
        string[] results = Lint("""
            ```html
            <!-- spacerhetoric-disable -->
            ```

            It serves all humanity.
            """, ("SR1001", "all humanity"));

        Assert.Equal(["SR1001 line 5"], results);
    }
}
