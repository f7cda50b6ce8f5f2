using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// Reads plain text: paragraphs are separated by blank (whitespace-only) lines. Inside a paragraph
/// each line break becomes one <c>'\n'</c> mapped to the first character of the terminator (the
/// <c>'\r'</c> of a CRLF), and indentation and trailing whitespace of each line are left out.
/// </summary>
/// <example>
/// <c>"For all\n   humanity\r\n\r\nNext"</c> gives <c>"For all\nhumanity"</c> and <c>"Next"</c>,
/// both <see cref="ProseScope.Text"/>, section 0.
/// </example>
public sealed class PlainTextDocumentReader : IDocumentReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public Document Read(string path, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Document(path, source, ReadBlocks(source.Text, ProseScope.Text));
    }

    /// <summary>Splits <paramref name="text"/> into paragraphs; also the Markdown reader's fallback.</summary>
    internal static List<ProseBlock> ReadBlocks(string text, ProseScope scope)
    {
        var blocks = new List<ProseBlock>();
        var builder = new ProseBlockBuilder();
        int position = 0;
        while (position < text.Length)
        {
            int lineEnd = position;
            while (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            int next = lineEnd;
            if (next < text.Length)
            {
                next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
            }

            int start = position;
            while (start < lineEnd && IsBlank(text[start]))
            {
                start++;
            }

            int end = lineEnd;
            while (end > start && IsBlank(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                Flush(builder, blocks, scope);
            }
            else
            {
                if (builder.Length > 0)
                {
                    // The break that ended the previous line; mapped to its terminator so that a
                    // phrase wrapped over two lines spans both in the source.
                    builder.Append('\n', PreviousTerminator(text, start));
                }

                builder.AppendVerbatim(text.AsSpan(start, end - start), start);
            }

            position = next;
        }

        Flush(builder, blocks, scope);
        return blocks;
    }

    private static void Flush(ProseBlockBuilder builder, List<ProseBlock> blocks, ProseScope scope)
    {
        if (builder.Build(scope, 0) is { } block)
        {
            blocks.Add(block);
        }
    }

    private static int PreviousTerminator(string text, int lineContentStart)
    {
        int i = lineContentStart - 1;
        while (i > 0 && text[i] != '\n' && text[i] != '\r')
        {
            i--;
        }

        // For CRLF, point at the '\r' that begins the terminator.
        return i > 0 && text[i] == '\n' && text[i - 1] == '\r' ? i - 1 : i;
    }

    // Only called inside a line, so line terminators never reach it.
    private static bool IsBlank(char c) => c == ' ' || c == '\t' || char.IsWhiteSpace(c);
}
