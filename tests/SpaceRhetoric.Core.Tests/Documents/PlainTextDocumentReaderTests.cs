using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

public class PlainTextDocumentReaderTests
{
    private static readonly PlainTextDocumentReader s_reader = new();

    [Fact]
    public void CrlfFixture_ParagraphsSplitAtWhitespaceOnlyLines()
    {
        Document document = s_reader.Read("notes.txt", SourceText.FromBytes(Fixture.ReadBytes("paragraphs-crlf.txt")));

        Assert.Equal(
            [
                "Text @1:1-2:23 \"First paragraph about all\\nhumanity and more.\"",
                "Text @4:1-4:18 \"Second paragraph.\"",
                "Text @7:2-7:16 \"Indented third\"",
            ],
            ProseDump.Dump(document));
        Assert.All(document.Blocks, b => Assert.Equal(0, b.Section));
        Assert.Empty(document.Comments);
    }

    [Fact]
    public void CrlfFixture_WrappedPhraseCoversTheBreakAndIndentation()
    {
        Document document = s_reader.Read("notes.txt", SourceText.FromBytes(Fixture.ReadBytes("paragraphs-crlf.txt")));

        TextSpan span = ProseDump.Locate(document, "all\nhumanity");

        Assert.Equal("all\r\n    humanity", document.Source.ToString(span));
        Assert.Equal("1:23-2:13", ProseDump.Range(document.Source, span));
        ProseBlock first = document.Blocks[0];
        Assert.Equal('\r', document.Source.Text[first.GetSourceOffset(first.Text.IndexOf('\n', StringComparison.Ordinal))]);
    }

    [Theory]
    [InlineData("one\ntwo\n\nthree", new[] { "one\ntwo", "three" })]
    [InlineData("one\rtwo\r\rthree\r", new[] { "one\ntwo", "three" })]
    [InlineData("  one  \n\t two\t\n \t \nthree", new[] { "one\ntwo", "three" })]
    [InlineData("\n\n\none\n\n\n", new[] { "one" })]
    [InlineData("", new string[0])]
    [InlineData(" \t\r\n  \n", new string[0])]
    public void Paragraphs_AreTrimmedLinesJoinedByNewline(string text, string[] expected)
    {
        Document document = s_reader.Read("a.txt", new SourceText(text));

        Assert.Equal(expected, document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(ProseScope.Text, b.Scope));
    }

    [Fact]
    public void EveryCharacterMapsToItselfOrTheLineTerminator()
    {
        const string text = "  For all\r\n\t  humanity \u00E9\u0301 \U0001F680 now\nnext\rline\n\nAfter.";
        Document document = s_reader.Read("a.txt", new SourceText(text));

        Assert.Equal(["For all\nhumanity \u00E9\u0301 \U0001F680 now\nnext\nline", "After."], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, block =>
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                char source = text[block.GetSourceOffset(i)];
                Assert.True(block.Text[i] == '\n' ? source is '\r' or '\n' : source == block.Text[i], $"character {i} maps to '{source}'");
            }
        });
        Assert.Equal("\U0001F680 now", document.Source.ToString(ProseDump.Locate(document, "\U0001F680 now")));
        Assert.Equal("2:16-2:22", ProseDump.LocateRange(document, "\U0001F680 now"));
    }

    [Fact]
    public void Extensions_AreTxt()
    {
        Assert.Equal([".txt"], s_reader.Extensions);
    }
}
