using System.Text;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

/// <summary>
/// Builds documents from random mixes of Markdown constructs and checks that every prose character
/// maps back to the same character in the source: the property the diagnostics' positions rest on.
/// </summary>
public class MarkdownMappingPropertyTests
{
    private static readonly string[] s_prefixes = ["", "", "- ", "* ", "1. ", "> ", "> - ", ">\t", "-\t", "  - ", "\t- ", "> > ", "10) ", "# ", "### ", "| ", "| h | i |\n|---|:-:|\n| ", "> | h |\n> |---|\n> | "];
    private static readonly string[] s_words = ["space", "unites", "all", "humanity", "für", "宇宙", "e\u0301", "\U0001F680", "a\tb", "shared", "future"];
    private static readonly string[] s_decorations = ["*{0}*", "**{0}**", "_{0}_", "[{0}](https://x.example)", "`{0}`", "{0}\\!", "<i>{0}</i>", "~{0}~", "{0} |"];
    private static readonly string[] s_lineEnds = ["\n", "\r\n", "  \n", "\\\n", "\n\n", "\r\n\r\n", "\n   "];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void EveryProseCharacterMapsToItselfInTheSource(int seed)
    {
        var random = new Random(seed);
        var markdown = new StringBuilder();
        for (int line = 0; line < 300; line++)
        {
            markdown.Append(s_prefixes[random.Next(s_prefixes.Length)]);
            int words = random.Next(1, 8);
            for (int w = 0; w < words; w++)
            {
                string word = s_words[random.Next(s_words.Length)];
                markdown.Append(random.Next(4) == 0 ? string.Format(s_decorations[random.Next(s_decorations.Length)], word) : word);
                markdown.Append(random.Next(6) == 0 ? "\t" : " ");
            }

            markdown.Append(s_lineEnds[random.Next(s_lineEnds.Length)]);
        }

        var source = new SourceText(markdown.ToString());
        Document document = new MarkdownDocumentReader().Read("random.md", source);

        ProseScope seen = ProseScope.None;
        foreach (ProseBlock block in document.Blocks)
        {
            seen |= block.Scope;
        }

        const ProseScope Markdown = ProseScope.Paragraph | ProseScope.Heading | ProseScope.ListItem | ProseScope.BlockQuote | ProseScope.TableCell;
        Assert.Equal(Markdown, seen);
        foreach (ProseBlock block in document.Blocks)
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                char expected = block.Text[i];
                int offset = block.GetSourceOffset(i);
                char actual = source.Text[offset];
                bool ok = expected switch
                {
                    '\n' => actual is '\r' or '\n',
                    ProseBlock.Boundary => actual is '`' or '<' or 'h' or 'w' or '!',
                    _ => actual == expected,
                };
                Assert.True(ok, $"'{ProseDump.Escape(expected.ToString())}' at {i} of \"{ProseDump.Escape(block.Text)}\" maps to '{ProseDump.Escape(actual.ToString())}' at {source.GetLinePosition(offset)}");
                Assert.True(i == 0 || offset > block.GetSourceOffset(i - 1), $"offsets must increase at {i} of \"{ProseDump.Escape(block.Text)}\"");
            }
        }
    }
}
