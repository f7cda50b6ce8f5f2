using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

public class MarkdownDocumentReaderTests
{
    private static readonly MarkdownDocumentReader s_reader = new();

    [Fact]
    public void WrappedParagraph_PhraseOverTheBreakSpansBothLines()
    {
        Document document = Read("Space exploration is for all\nhumanity, they said.\n");

        TextSpan span = ProseDump.Locate(document, "all\nhumanity");

        Assert.Equal("all\nhumanity", document.Source.ToString(span));
        Assert.Equal("1:26-2:9", ProseDump.Range(document.Source, span));
    }

    [Fact]
    public void NestedLists_CombineListItemScopeAndSkipBullets()
    {
        Document document = Read("- one\n  1. two\n     - three for\n       all humanity\n- four\n");

        Assert.Equal(
            [
                "Paragraph+ListItem @1:3-1:6 \"one\"",
                "Paragraph+ListItem @2:6-2:9 \"two\"",
                "Paragraph+ListItem @3:8-4:20 \"three for\\nall humanity\"",
                "Paragraph+ListItem @5:3-5:7 \"four\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal("for\n       all humanity", document.Source.ToString(ProseDump.Locate(document, "for\nall humanity")));
    }

    [Fact]
    public void BlockQuotes_StripMarkersAndKeepLazyLinesAndNestedQuotes()
    {
        Document document = Read("> first line\nlazy all\n> > nested\n> > humanity\n");

        Assert.Equal(
            [
                "Paragraph+BlockQuote @1:3-2:9 \"first line\\nlazy all\"",
                "Paragraph+BlockQuote @3:5-4:13 \"nested\\nhumanity\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal("nested\n> > humanity", document.Source.ToString(ProseDump.Locate(document, "nested\nhumanity")));
    }

    [Fact]
    public void Table_OneBlockPerCellWithItsPosition()
    {
        Document document = Read("| A | B |\n|:--|--:|\n| shared *future* | [all](https://x.example) humanity |\n");

        Assert.Equal(
            [
                "TableCell @1:3-1:4 \"A\"",
                "TableCell @1:7-1:8 \"B\"",
                "TableCell @3:3-3:17 \"shared future\"",
                "TableCell @3:22-3:54 \"all humanity\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal("all](https://x.example) humanity", document.Source.ToString(ProseDump.Locate(document, "all humanity")));
    }

    [Fact]
    public void TableInsideBlockQuote_CombinesScopes()
    {
        Document document = Read("> | H |\n> |---|\n> | cell |\n");

        Assert.Equal(["BlockQuote+TableCell @1:5-1:6 \"H\"", "BlockQuote+TableCell @3:5-3:9 \"cell\""], ProseDump.Dump(document));
    }

    [Fact]
    public void CodeBlocks_NeverBecomeText()
    {
        Document document = Read("Before.\n\n```\nall humanity\n```\n\n~~~md\nspace unites us\n~~~\n\n    indented all humanity\n\nAfter.\n");

        Assert.Equal(["Paragraph @1:1-1:8 \"Before.\"", "Paragraph @13:1-13:7 \"After.\""], ProseDump.Dump(document));
    }

    [Fact]
    public void UnclosedFence_SwallowsTheRestWithoutThrowing()
    {
        Document document = Read("Intro.\n\n```\nall humanity\n");

        Assert.Equal(["Paragraph @1:1-1:7 \"Intro.\""], ProseDump.Dump(document));
    }

    [Fact]
    public void InlineCode_IsOneBoundaryAtTheBacktick()
    {
        Document document = Read("for `all humanity` today");
        ProseBlock block = Assert.Single(document.Blocks);

        Assert.Equal("for \uFFFC today", block.Text);
        Assert.Equal(4, block.GetSourceOffset(4));
        Assert.Equal("today", document.Source.ToString(ProseDump.Locate(document, "today")));
    }

    [Fact]
    public void InlineHtml_IsBoundaryButTextBetweenTagsIsProse()
    {
        Document document = Read("all <b>humanity</b> now");
        ProseBlock block = Assert.Single(document.Blocks);

        Assert.Equal("all \uFFFChumanity\uFFFC now", block.Text);
        Assert.Equal("humanity", document.Source.ToString(ProseDump.Locate(document, "humanity")));
        Assert.Empty(document.Comments);
    }

    [Fact]
    public void HtmlBlock_IsNotTextButItsCommentsAreCollected()
    {
        Document document = Read("<table>\n<tr><td>all humanity</td></tr>\n<!-- spacerhetoric-disable SR1001 -->\n</table>\n\nProse.\n");

        Assert.Equal(["Paragraph @6:1-6:7 \"Prose.\""], ProseDump.Dump(document));
        SourceComment comment = Assert.Single(document.Comments);
        Assert.Equal("spacerhetoric-disable SR1001", comment.Content);
        Assert.Equal("3:1-3:38", ProseDump.Range(document.Source, comment.Span));
    }

    [Fact]
    public void HtmlComments_AreCollectedFromListsQuotesCellsAndInlineAndNeverText()
    {
        const string markdown =
            "<!-- spacerhetoric-disable-next-line SR1001 -- quoted to examine it -->\n" +
            "Space unites us <!-- inline -->.\n\n" +
            "- item <!-- in item -->\n\n" +
            "> quote <!-- in\n> quote -->\n\n" +
            "| h |\n|---|\n| v <!-- in cell --> |\n\n" +
            "- <!-- block in item -->\n";
        Document document = Read(markdown);

        Assert.Equal(
            [
                "spacerhetoric-disable-next-line SR1001 -- quoted to examine it",
                "inline",
                "in item",
                "in\nquote",
                "in cell",
                "block in item",
            ],
            document.Comments.Select(c => c.Content));
        Assert.All(document.Comments, c => Assert.Equal("<!--", document.Source.ToString(new TextSpan(c.Span.Start, 4))));
        Assert.Equal(["Space unites us \uFFFC.", "item \uFFFC", "quote \uFFFC", "h", "v \uFFFC"], document.Blocks.Select(b => b.Text));
        Assert.Equal("Space unites us", document.Source.ToString(ProseDump.Locate(document, "Space unites us")));
    }

    [Fact]
    public void FrontMatter_IsSkipped()
    {
        Document document = Read("---\ntitle: all humanity\n---\n# Heading\n");

        Assert.Equal(["Heading @4:3-4:10 \"Heading\""], ProseDump.Dump(document));
    }

    [Theory]
    [InlineData("---\ntitle: all humanity\n---\n")]
    [InlineData("---\ntitle: all humanity\n---")]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void NothingButFrontMatterOrWhitespace_GivesNoBlocks(string markdown)
    {
        Assert.Empty(Read(markdown).Blocks);
    }

    [Theory]
    [InlineData("See <https://example.org/all-humanity> now.", 4)]
    [InlineData("See https://example.org/all-humanity now.", 4)]
    [InlineData("See www.example.org/all-humanity now.", 4)]
    [InlineData("See <mailto:all@humanity.example> now.", 4)]
    public void Urls_BecomeOneBoundaryAtTheirStart(string markdown, int urlStart)
    {
        ProseBlock block = Assert.Single(Read(markdown).Blocks);

        Assert.Equal("See \uFFFC now.", block.Text);
        Assert.Equal(urlStart, block.GetSourceOffset(4));
    }

    [Fact]
    public void Links_LabelIsProseDestinationAndTitleAreNot()
    {
        Document document = Read("A [shared *future*](https://all-humanity.example \"space unites us\") and [ref][r].\n\n[r]: https://mankind.example\n");
        ProseBlock block = Assert.Single(document.Blocks);

        Assert.Equal("A shared future and ref.", block.Text);
        Assert.Equal("shared *future", document.Source.ToString(ProseDump.Locate(document, "shared future")));
    }

    [Theory]
    [InlineData("`only code`")]
    [InlineData("<span></span>")]
    [InlineData("- https://example.org")]
    [InlineData("| `a` | <br> |\n|---|---|\n| ![x](y.png) | <https://z.example> |")]
    public void BlocksOfOnlyExcludedContent_AreDropped(string markdown)
    {
        Assert.Empty(Read(markdown).Blocks);
    }

    [Fact]
    public void Images_AreABoundary()
    {
        ProseBlock block = Assert.Single(Read("Look ![all humanity](img.png) here").Blocks);

        Assert.Equal("Look \uFFFC here", block.Text);
    }

    [Fact]
    public void Emphasis_TextIsProseMarkersAreNot()
    {
        Document document = Read("For **all** _humanity_ and ***everyone***");

        Assert.Equal("For all humanity and everyone", Assert.Single(document.Blocks).Text);
        Assert.Equal("all** _humanity", document.Source.ToString(ProseDump.Locate(document, "all humanity")));
    }

    [Theory]
    [InlineData("a \\*b\\* c", "a *b* c", new[] { 0, 1, 3, 4, 6, 7, 8 })]
    [InlineData("x &amp; y", "x & y", new[] { 0, 1, 2, 7, 8 })]
    [InlineData("A&#66;C", "ABC", new[] { 0, 1, 6 })]
    [InlineData("a\\\\b \\\\\\` \\[x\\]", "a\\b \\` [x]", new[] { 0, 2, 3, 4, 6, 8, 9, 11, 12, 14 })]
    [InlineData("nul\0char", "nul\uFFFDchar", new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("A&#x42;C", "ABC", new[] { 0, 1, 7 })]
    public void EscapesAndEntities_MapEachCharacterToItsSource(string markdown, string text, int[] offsets)
    {
        ProseBlock block = Assert.Single(Read(markdown).Blocks);

        Assert.Equal(text, block.Text);
        Assert.Equal(offsets, Enumerable.Range(0, block.Text.Length).Select(block.GetSourceOffset));
    }

    [Theory]
    [InlineData("one  \ntwo", 5)]
    [InlineData("one\\\ntwo", 4)]
    [InlineData("one\ntwo", 3)]
    [InlineData("one\r\ntwo", 3)]
    [InlineData("one   \r\ntwo", 6)]
    public void LineBreaks_MapToTheFirstCharacterOfTheTerminator(string markdown, int breakOffset)
    {
        ProseBlock block = Assert.Single(Read(markdown).Blocks);

        Assert.Equal("one\ntwo", block.Text);
        Assert.Equal(breakOffset, block.GetSourceOffset(3));
        Assert.Equal(breakOffset + 1 + (markdown[breakOffset] == '\r' ? 1 : 0), block.GetSourceOffset(4));
    }

    [Fact]
    public void Headings_AtxAndSetextNumberTheSections()
    {
        Document document = Read("Preamble.\n\n# One #\n\nBody.\n\nTwo\nlines\n---\n\nMore.\n\n#\n\nAfter empty.\n");

        Assert.Equal(
            [
                "Paragraph @1:1-1:10 \"Preamble.\"",
                "Heading @3:3-3:6 \"One\"",
                "Paragraph @5:1-5:6 \"Body.\"",
                "Heading @7:1-8:6 \"Two\\nlines\"",
                "Paragraph @11:1-11:6 \"More.\"",
                "Paragraph @15:1-15:13 \"After empty.\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal([0, 1, 1, 2, 2, 3], document.Blocks.Select(b => b.Section));
    }

    [Fact]
    public void CrlfDocument_KeepsEveryPosition()
    {
        Document document = Read("# H\r\n\r\n> all\r\n> humanity\r\n\r\n| a |\r\n|---|\r\n| b c |\r\n");

        Assert.Equal(
            [
                "Heading @1:3-1:4 \"H\"",
                "Paragraph+BlockQuote @3:3-4:11 \"all\\nhumanity\"",
                "TableCell @6:3-6:4 \"a\"",
                "TableCell @8:3-8:6 \"b c\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal("all\r\n> humanity", document.Source.ToString(ProseDump.Locate(document, "all\nhumanity")));
    }

    [Fact]
    public void Extensions_AreMarkdownOnes()
    {
        Assert.Equal([".md", ".markdown"], s_reader.Extensions);
    }

    private static Document Read(string markdown) => s_reader.Read("doc.md", new SourceText(markdown));
}
