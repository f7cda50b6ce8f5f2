using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

/// <summary>Rules over documents read by the Markdown reader: spans land on the source, markup never matches.</summary>
public class MarkdownAnalysisTests
{
    private static readonly LoadedRulePack _pack = Pack(
        Rule("SR1001", "for all mankind\nspace unites us", "scopes: [paragraph, list-item, heading]"));

    private static IReadOnlyList<Diagnostic> Lint(string markdown, out SourceText source)
    {
        source = new SourceText(markdown);
        Document document = new MarkdownDocumentReader().Read("doc.md", source);
        return _pack.Analyzer.Analyze(document, AnalysisOptions.Default);
    }

    [Fact]
    public void EmphasisAndLineWraps_MatchAndMapToSource()
    {
        const string markdown = "# Space unites us\n\nA leap *for all*\nmankind, they said.\n";
        var diagnostics = Lint(markdown, out SourceText source);
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("Space unites us", source.ToString(diagnostics[0].Span));
        Assert.Equal(new LinePosition(0, 2), source.GetLinePosition(diagnostics[0].Span.Start));
        Assert.Equal("for all*\nmankind", source.ToString(diagnostics[1].Span));
        Assert.Equal(new LinePosition(2, 8), source.GetLinePosition(diagnostics[1].Span.Start));
        Assert.Equal("for all mankind", diagnostics[1].MatchedText);
        Assert.Equal("true", diagnostics[1].Properties["quoted"]);
    }

    [Fact]
    public void InlineCode_IsABoundary_AndCodeBlocksAreNotProse()
    {
        const string markdown = "For all `x` mankind.\n\n```\nspace unites us\n```\n\n- space unites us\n";
        var diagnostics = Lint(markdown, out SourceText source);
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal(new LinePosition(6, 2), source.GetLinePosition(d.Span.Start));
        Assert.Contains("list-item", d.Properties["scope"].Split(','));
    }
}
