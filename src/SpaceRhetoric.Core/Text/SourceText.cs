namespace SpaceRhetoric.Text;

/// <summary>
/// The text of one file, BOM removed, with a map from offsets to lines. Lines end at <c>\n</c>,
/// <c>\r\n</c> or a lone <c>\r</c>; the line terminator belongs to the line it ends.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, bool hadByteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        HadByteOrderMark = hadByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The text after decoding, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the file began with a UTF-8 byte-order mark (stripped from <see cref="Text"/>).</summary>
    public bool HadByteOrderMark { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    /// <summary>Decodes file bytes as UTF-8, stripping a BOM.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        bool hasBom = bytes.StartsWith(bom);
        string text = System.Text.Encoding.UTF8.GetString(hasBom ? bytes[3..] : bytes);
        return new SourceText(text, hasBom);
    }

    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The offset where a 0-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of a 0-based line without its terminator.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
