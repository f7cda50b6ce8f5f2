using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

public class MarkdownFixtureTests
{
    private static readonly MarkdownDocumentReader s_reader = new();

    [Fact]
    public void Policy_DumpsEveryProseBlockWithItsSourceRange()
    {
        Document document = ReadFixture("policy.md");

        Assert.Equal(
            [
                "Heading @6:3-6:18 \"Space for all\"",
                "Paragraph @8:1-9:28 \"Exploration is carried out for the benefit of all\\nhumanity, the draft says.\"",
                "Paragraph+ListItem @11:3-11:101 \"Launch costs fall for US and Japanese industry.\"",
                "Paragraph+ListItem @12:5-13:24 \"A nested item about a shared\\nfuture for mankind.\"",
                "Paragraph+ListItem @14:3-14:71 \"See ◊ or ◊.\"",
                "Paragraph+BlockQuote @16:3-17:18 \"Space unites us,\\nlazily continued.\"",
                "Paragraph+ListItem+BlockQuote @19:5-19:32 \"a quote holding a list item\"",
                "Paragraph+ListItem+BlockQuote @21:6-22:24 \"a quote inside a list item\\nabout all humanity\"",
                "Heading @24:4-24:9 \"Costs\"",
                "TableCell @26:3-26:15 \"Who benefits\"",
                "TableCell @26:18-26:23 \"Claim\"",
                "TableCell @28:3-28:20 \"ESA member states\"",
                "TableCell @28:24-28:36 \"all humanity\"",
                "TableCell @29:17-29:34 \"launch | share ◊\"",
                "Paragraph @41:1-44:27 \"Escaped *stars* and AT&T and \"quotes\".\\nHard break\\nhere\\nand ◊ inline.\"",
            ],
            ProseDump.Dump(document));
    }

    [Fact]
    public void Policy_SectionCountsHeadingsAndTheHeadingCarriesItsOwnNumber()
    {
        Document document = ReadFixture("policy.md");

        int[] sections = [.. document.Blocks.Select(b => b.Section)];

        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2], sections);
    }

    [Theory]
    [InlineData("all\nhumanity", "all\n  humanity", "8:47-9:11")]
    [InlineData("shared\nfuture for mankind", "shared\n    future for mankind", "12:27-13:23")]
    [InlineData("US and Japanese industry", "US and Japanese industry", "11:26-11:50")]
    [InlineData("Space unites us", "Space unites us", "16:3-16:18")]
    [InlineData("us,\nlazily", "us,\nlazily", "16:16-17:7")]
    [InlineData("list item\nabout all humanity", "list item\n   > about all humanity", "21:23-22:24")]
    [InlineData("ESA member states", "ESA member states", "28:3-28:20")]
    [InlineData("launch | share", "launch \\| share", "29:17-29:32")]
    // The escaped '*' maps to itself, past its backslash.
    [InlineData("*stars*", "*stars\\*", "41:10-41:18")]
    [InlineData("AT&T", "AT&amp;T", "41:23-41:31")]
    // Every character an entity decodes to maps to its '&': a phrase ending in an entity ends there.
    [InlineData("\"quotes\"", "&quot;quotes&", "41:36-41:49")]
    [InlineData("break\nhere\nand", "break  \nhere\\\nand", "42:6-44:4")]
    public void Policy_PhraseMapsToItsExactSourceText(string phrase, string expectedSource, string expectedRange)
    {
        Document document = ReadFixture("policy.md");

        TextSpan span = ProseDump.Locate(document, phrase);

        Assert.Equal(expectedSource, document.Source.ToString(span));
        Assert.Equal(expectedRange, ProseDump.Range(document.Source, span));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("tags")]
    [InlineData("example.org")]
    [InlineData("all-humanity")]
    [InlineData("https")]
    [InlineData("claim:")]
    [InlineData("indented")]
    [InlineData("code cell")]
    [InlineData("block note")]
    [InlineData("cell note")]
    [InlineData("spacerhetoric")]
    [InlineData("div")]
    [InlineData("for all humanity")]
    public void Policy_NonProseNeverBecomesText(string excluded)
    {
        Document document = ReadFixture("policy.md");

        Assert.All(document.Blocks, block => Assert.DoesNotContain(excluded, block.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Policy_TextHoldsNoQuoteMarkersBulletsOrTablePipes()
    {
        Document document = ReadFixture("policy.md");

        Assert.All(document.Blocks, block =>
        {
            Assert.DoesNotContain('>', block.Text);
            Assert.False(block.Text.StartsWith("- ", StringComparison.Ordinal), block.Text);
            Assert.False(block.Text.StartsWith("1.", StringComparison.Ordinal), block.Text);
            Assert.DoesNotContain("\n>", block.Text, StringComparison.Ordinal);
            Assert.False(block.Text.StartsWith('|') || block.Text.EndsWith('|'), block.Text);
        });
    }

    [Fact]
    public void Policy_CollectsEveryHtmlCommentWithItsSpan()
    {
        Document document = ReadFixture("policy.md");

        Assert.Equal(
            [
                ("5:1-5:79", "spacerhetoric-disable-next-line SR1001 -- quoted from the 1967 treaty"),
                ("29:33-29:51", "cell note"),
                ("38:18-38:37", "block note"),
            ],
            document.Comments.Select(c => (ProseDump.Range(document.Source, c.Span), c.Content)));
        Assert.All(document.Comments, c =>
        {
            string text = document.Source.ToString(c.Span);
            Assert.StartsWith("<!--", text, StringComparison.Ordinal);
            Assert.EndsWith("-->", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Crlf_LineBreakMapsToTheCarriageReturn()
    {
        Document document = ReadFixture("crlf.md");

        Assert.Equal(
            [
                "Heading @1:3-1:9 \"Policy\"",
                "Paragraph @3:1-4:18 \"Space exploration serves all\\nhumanity, we say.\"",
                "Paragraph+ListItem @6:3-7:21 \"an item about a shared\\nfuture for mankind\"",
            ],
            ProseDump.Dump(document));
        TextSpan span = ProseDump.Locate(document, "all\nhumanity");
        Assert.Equal("all\r\nhumanity", document.Source.ToString(span));
        Assert.Equal("shared\r\n  future", document.Source.ToString(ProseDump.Locate(document, "shared\nfuture")));

        ProseBlock paragraph = document.Blocks[1];
        int lineBreak = paragraph.Text.IndexOf('\n', StringComparison.Ordinal);
        Assert.Equal('\r', document.Source.Text[paragraph.GetSourceOffset(lineBreak)]);
        Assert.Equal(("9:1-9:14", "note"), (ProseDump.Range(document.Source, document.Comments.Single().Span), document.Comments.Single().Content));
    }

    [Fact]
    public void Bom_ColumnsCountFromTheFirstCharacterAfterTheMark()
    {
        Document document = ReadFixture("bom.md");

        Assert.True(document.Source.HadByteOrderMark);
        Assert.Equal(["Heading @1:3-1:9 \"Título\"", "Paragraph @3:1-3:33 \"For the benefit of all humanity.\""], ProseDump.Dump(document));
        Assert.Equal("1:3-1:9", ProseDump.LocateRange(document, "Título"));
        Assert.Equal("3:20-3:32", ProseDump.LocateRange(document, "all humanity"));
    }

    [Theory]
    [InlineData("for all humanity", "1:5-1:21")]
    [InlineData("宇宙は", "1:1-1:4")]
    [InlineData("Cafe\u0301 talk", "3:1-3:11")]
    [InlineData("space unites us", "3:13-3:28")]
    [InlineData("Space unites us", "5:4-5:19")]
    [InlineData("\U0001F30D", "5:20-5:22")]
    public void Unicode_ColumnsAreUtf16CodeUnits(string phrase, string expectedRange)
    {
        Document document = ReadFixture("unicode.md");

        TextSpan span = ProseDump.Locate(document, phrase);

        Assert.Equal(phrase, document.Source.ToString(span));
        Assert.Equal(expectedRange, ProseDump.Range(document.Source, span));
    }

    [Fact]
    public void Tabs_KeepTabsInsideTextAndSkipIndentation()
    {
        Document document = ReadFixture("tabs.md");

        Assert.Equal(
            [
                "Paragraph+ListItem @1:3-1:34 \"A tabbed item for\\tall humanity.\"",
                "Paragraph+BlockQuote @3:3-3:24 \"Quoted\\tshared future.\"",
                "Paragraph @5:1-6:31 \"Para\\twith tab\\ncontinued for all humanity.\"",
            ],
            ProseDump.Dump(document));
        Assert.Equal("for\tall humanity", document.Source.ToString(ProseDump.Locate(document, "for\tall humanity")));
        Assert.Equal("tab\n\t  continued", document.Source.ToString(ProseDump.Locate(document, "tab\ncontinued")));
        Assert.Equal("3:10-3:24", ProseDump.LocateRange(document, "shared future."));
    }

    [Theory]
    [InlineData("crlf.md")]
    [InlineData("bom.md")]
    [InlineData("unicode.md")]
    [InlineData("tabs.md")]
    public void EveryCharacterMapsToItselfOrALineTerminator(string name)
    {
        Document document = ReadFixture(name);

        Assert.All(document.Blocks, block =>
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                char source = document.Source.Text[block.GetSourceOffset(i)];
                if (block.Text[i] == '\n')
                {
                    Assert.True(source is '\r' or '\n', $"'\\n' at {i} maps to '{source}'");
                }
                else
                {
                    Assert.Equal(block.Text[i], source);
                }

                Assert.True(i == 0 || block.GetSourceOffset(i) > block.GetSourceOffset(i - 1), $"offsets must increase at {i}");
            }
        });
    }

    private static Document ReadFixture(string name) => s_reader.Read(name, SourceText.FromBytes(Fixture.ReadBytes(name)));
}
