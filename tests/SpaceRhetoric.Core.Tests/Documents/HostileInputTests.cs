using System.Text;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

public class HostileInputTests
{
    private static readonly IDocumentReader[] s_readers = [new MarkdownDocumentReader(), new PlainTextDocumentReader()];

    public static TheoryData<string, string> HostileDocuments()
    {
        var data = new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "only front matter", "---\ntitle: x\n---" },
            { "unclosed front matter", "---\ntitle: all humanity\n" },
            { "unclosed fence", "```\nall humanity" },
            { "unclosed comment", "<!-- never closed\nall humanity" },
            { "lone carriage returns", "a\rb\r\r\rc\r" },
            { "nul and replacement", "all\0humanity \uFFFD \uFFFC" },
            { "lone surrogates", "all \uD800 humanity \uDC00" },
            { "deep quotes", new string('>', 5000) + " deep" },
            { "deep lists", string.Concat(Enumerable.Repeat("- ", 3000)) + "deep" },
            { "deep indented lists", string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', i * 2) + "- deep\n")) },
            { "deep brackets", new string('[', 5000) + "deep" + new string(']', 5000) },
            { "deep emphasis", new string('*', 10000) + "deep" + new string('*', 10000) },
            { "nested emphasis", string.Concat(Enumerable.Repeat("*a _b ", 500)) + "deep" + string.Concat(Enumerable.Repeat("_ c*", 500)) },
            { "many backticks", new string('`', 10000) },
            { "huge line", string.Concat(Enumerable.Repeat("all humanity ", 100_000)) },
            { "table junk", "|\n|-|\n|||||\n| a | b | c | d |\n|" + new string('|', 1000) },
            { "nul run", "all " + new string('\0', 200_000) + " humanity" },
            { "escape run", string.Concat(Enumerable.Repeat("\\*\\\\\\_", 20_000)) },
            { "entity junk", "&#99999999; &#0; &#x110000; &amp &; &unknown;" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileDocuments))]
    public void HostileText_ReadsWithoutThrowingAndMapsInsideTheSource(string name, string text)
    {
        foreach (IDocumentReader reader in s_readers)
        {
            Document document = reader.Read(name, new SourceText(text));
            AssertWellFormed(document);
        }
    }

    [Fact]
    public void TooDeepForMarkdown_StillYieldsItsWords()
    {
        Document document = new MarkdownDocumentReader().Read("deep.md", new SourceText(new string('>', 5000) + " all humanity"));

        TextSpan span = ProseDump.Locate(document, "all humanity");
        Assert.Equal("all humanity", document.Source.ToString(span));
    }

    [Fact]
    public void TooDeepForMarkdown_KeepsItsComments()
    {
        string text = "<!-- spacerhetoric-disable SR1001 -->\n" + new string('>', 5000) + " all humanity";
        Document document = new MarkdownDocumentReader().Read("deep.md", new SourceText(text));

        // Read as plain text: the markers stay in the prose.
        Assert.Contains(">>> all humanity", document.Blocks.Single().Text, StringComparison.Ordinal);

        SourceComment comment = Assert.Single(document.Comments);
        Assert.Equal("spacerhetoric-disable SR1001", comment.Content);
        Assert.Equal(new TextSpan(0, 37), comment.Span);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomBytes_ReadWithoutThrowing(int seed)
    {
        var random = new Random(seed);
        byte[] bytes = new byte[random.Next(1, 20_000)];
        random.NextBytes(bytes);

        // Sprinkle Markdown punctuation so the parser takes its less travelled paths.
        const string punctuation = "#>-*_`[]()!<|\\&;\n\r \t:/.";
        for (int i = 0; i < bytes.Length; i += random.Next(1, 4))
        {
            bytes[i] = (byte)punctuation[random.Next(punctuation.Length)];
        }

        foreach (IDocumentReader reader in s_readers)
        {
            AssertWellFormed(reader.Read("junk", SourceText.FromBytes(bytes)));
        }
    }

    [Fact]
    public void ParallelReads_GiveTheSameBlocks()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            builder.Append("# Part ").Append(i).Append("\n\n> - for all\n>   humanity `x` <!-- c ").Append(i).Append(" -->\n\n| a | b |\n|---|---|\n| shared | future |\n\n");
        }

        var source = new SourceText(builder.ToString());
        var reader = new MarkdownDocumentReader();
        string[] expected = ProseDump.Dump(reader.Read("a.md", source));

        Parallel.For(0, 32, _ =>
        {
            Document document = reader.Read("a.md", source);
            Assert.Equal(expected, ProseDump.Dump(document));
            Assert.Equal(200, document.Comments.Count);
        });
        Assert.Equal(6 * 200, expected.Length);
    }

    private static void AssertWellFormed(Document document)
    {
        int length = document.Source.Length;
        foreach (ProseBlock block in document.Blocks)
        {
            Assert.NotEqual(0, block.Text.Length);
            for (int i = 0; i < block.Text.Length; i++)
            {
                int offset = block.GetSourceOffset(i);
                Assert.InRange(offset, 0, length - 1);
            }

            TextSpan whole = block.MapToSource(new TextSpan(0, block.Text.Length));
            Assert.InRange(whole.End, 0, length);
            _ = document.Source.GetLinePosition(whole.End);
        }

        foreach (SourceComment comment in document.Comments)
        {
            Assert.InRange(comment.Span.End, 0, length);
            Assert.StartsWith("<!--", document.Source.ToString(comment.Span), StringComparison.Ordinal);
        }
    }
}
