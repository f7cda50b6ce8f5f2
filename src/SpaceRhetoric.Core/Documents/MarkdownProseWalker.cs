using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// Walks one parsed Markdown document and collects its prose blocks and HTML comments. One walker
/// per document: it holds the per-file buffers, so readers stay stateless and thread-safe.
/// </summary>
internal sealed class MarkdownProseWalker
{
    private const string CommentOpen = "<!--";
    private const string CommentClose = "-->";

    // Source characters a literal may hide before one of its own: a backslash, or a few at most.
    private const int MaxSkippedSourceChars = 4;

    private readonly string _source;
    private readonly ProseBlockBuilder _builder = new();
    private readonly List<ProseBlock> _blocks = [];
    private readonly List<SourceComment> _comments = [];
    private int _section;

    public MarkdownProseWalker(string source)
    {
        _source = source;
    }

    public List<ProseBlock> Blocks => _blocks;

    public List<SourceComment> Comments => _comments;

    public void Walk(MarkdownDocument document) => VisitBlocks(document, ProseScope.None);

    /// <summary>Collects every comment in the source, code or not: for text the parser could not read.</summary>
    public void CollectAllComments() => CollectComments(0, _source.Length, ProseScope.None);

    private void VisitBlocks(ContainerBlock container, ProseScope scope)
    {
        for (int i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HeadingBlock heading:
                    _section++;
                    EmitLeaf(heading, scope | ProseScope.Heading);
                    break;
                case ParagraphBlock paragraph:
                    // A cell's paragraph is the cell: rules select table cells, not paragraphs in them.
                    EmitLeaf(paragraph, (scope & ProseScope.TableCell) != 0 ? scope : scope | ProseScope.Paragraph);
                    break;
                case HtmlBlock html:
                    CollectComments(html.Span.Start, html.Span.End + 1, scope);
                    break;
                case Table table:
                    VisitTable(table, scope);
                    break;
                case ListItemBlock item:
                    VisitBlocks(item, scope | ProseScope.ListItem);
                    break;
                case QuoteBlock quote:
                    VisitBlocks(quote, scope | ProseScope.BlockQuote);
                    break;
                case ContainerBlock other:
                    VisitBlocks(other, scope);
                    break;

                // Code blocks (fenced and indented), YAML front matter, thematic breaks and link
                // reference definitions carry no prose.
                default:
                    break;
            }
        }
    }

    private void VisitTable(Table table, ProseScope scope)
    {
        for (int r = 0; r < table.Count; r++)
        {
            if (table[r] is not TableRow row)
            {
                continue;
            }

            for (int c = 0; c < row.Count; c++)
            {
                if (row[c] is TableCell cell)
                {
                    VisitBlocks(cell, scope | ProseScope.TableCell);
                }
            }
        }
    }

    private void EmitLeaf(LeafBlock leaf, ProseScope scope)
    {
        if (leaf.Inline is { } inline)
        {
            VisitInlines(inline, scope);
        }

        if (_builder.Build(scope, _section) is { } block)
        {
            _blocks.Add(block);
        }
    }

    private void VisitInlines(ContainerInline container, ProseScope scope)
    {
        for (Inline? inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSlice(literal.Content, literal.Span);
                    break;
                case LineBreakInline lineBreak:
                    AppendLineBreak(lineBreak.Span.Start);
                    break;
                case HtmlEntityInline entity:
                    // "&amp;" is one character of prose; every character it decodes to maps to the '&'.
                    AppendMappedTo(entity.Transcoded, entity.Span.Start);
                    break;
                case HtmlInline html:
                    if (html.Tag is { } tag && tag.StartsWith(CommentOpen, StringComparison.Ordinal))
                    {
                        CollectComments(html.Span.Start, html.Span.End + 1, scope);
                    }

                    AppendBoundary(inline.Span.Start);
                    break;
                case LinkInline link when link.IsAutoLink || link.IsImage:
                    AppendBoundary(inline.Span.Start);
                    break;
                case LinkInline link:
                    // The label is prose; the destination and title are never visited.
                    VisitInlines(link, scope);
                    break;
                case ContainerInline children:
                    VisitInlines(children, scope);
                    break;

                // Code spans, autolinks and anything unknown: not prose, but a phrase must not match across them.
                default:
                    AppendBoundary(inline.Span.Start);
                    break;
            }
        }
    }

    private void AppendSlice(StringSlice content, SourceSpan span)
    {
        int length = content.Length;
        if (length <= 0)
        {
            return;
        }

        ReadOnlySpan<char> text = content.Text.AsSpan(content.Start, length);
        int start = span.Start;
        if (start < 0 || start >= _source.Length)
        {
            AppendMappedTo(text, Math.Max(0, Math.Min(_builder.LastOffset, _source.Length - 1)));
            return;
        }

        int limit = Math.Min(_source.Length, Math.Max(start + 1, span.End + 1));
        if (length == limit - start)
        {
            // Same length as its source: only substitutions (a NUL read as U+FFFD), never shifts.
            _builder.AppendVerbatim(text, start);
            return;
        }

        // Escapes ("\*" is "*") make the content shorter than its source: find each character's own
        // offset a few characters ahead; an unmatched one takes the current position. The window keeps
        // junk input linear.
        int position = start;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int found = position;
            int window = Math.Min(limit, position + MaxSkippedSourceChars + 1);
            if (found + 1 < window && _source[found] == '\\' && _source[found + 1] == c && IsAsciiPunctuation(c))
            {
                // A backslash escape: in "\\" or "\*" the character is the second one, not the escaping one.
                found++;
            }

            while (found < window && _source[found] != c)
            {
                found++;
            }

            if (found < window)
            {
                _builder.Append(c, found);
                position = found + 1;
            }
            else
            {
                // Taken for a substitution of the character at the current position.
                _builder.Append(c, Math.Min(position, limit - 1));
                position++;
            }
        }
    }

    private void AppendLineBreak(int spanStart)
    {
        // The break maps to the first character of the line terminator ('\r' of a CRLF); a hard
        // break's span starts at its trailing spaces or backslash, so walk forward to the terminator.
        int at = Math.Max(Math.Max(spanStart, 0), _builder.LastOffset + 1);
        while (at < _source.Length && _source[at] != '\r' && _source[at] != '\n')
        {
            at++;
        }

        _builder.Append('\n', Math.Min(at, Math.Max(0, _source.Length - 1)));
    }

    private void AppendMappedTo(ReadOnlySpan<char> text, int offset)
    {
        for (int i = 0; i < text.Length; i++)
        {
            _builder.Append(text[i], offset);
        }
    }

    private void AppendMappedTo(StringSlice text, int offset)
    {
        if (text.Length > 0)
        {
            AppendMappedTo(text.Text.AsSpan(text.Start, text.Length), Math.Max(0, offset));
        }
    }

    private void AppendBoundary(int offset) => _builder.Append(ProseBlock.Boundary, Math.Max(0, offset));

    private void CollectComments(int start, int end, ProseScope scope)
    {
        start = Math.Max(0, start);
        end = Math.Min(end, _source.Length);
        while (start < end)
        {
            int open = _source.IndexOf(CommentOpen, start, end - start, StringComparison.Ordinal);
            if (open < 0)
            {
                return;
            }

            // "<!-->" and "<!--->" are complete (empty) comments, so the close may overlap the open.
            int close = _source.IndexOf(CommentClose, open + 2, end - open - 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return;
            }

            int contentStart = open + CommentOpen.Length;
            string content = close > contentStart ? _source[contentStart..close].Trim() : string.Empty;
            if ((scope & ProseScope.BlockQuote) != 0 && content.Contains('\n', StringComparison.Ordinal))
            {
                content = StripQuoteMarkers(content);
            }

            int commentEnd = close + CommentClose.Length;
            _comments.Add(new SourceComment(TextSpan.FromBounds(open, commentEnd), content));
            start = commentEnd;
        }
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>Drops the <c>&gt;</c> markers that begin the continuation lines of a comment inside a block quote.</summary>
    private static string StripQuoteMarkers(string content)
    {
        string[] lines = content.Split('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimStart(' ', '\t', '>');
        }

        return string.Join('\n', lines).Trim();
    }
}
