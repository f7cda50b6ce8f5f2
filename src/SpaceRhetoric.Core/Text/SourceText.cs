namespace SpaceRhetoric.Text;

/// <summary>
/// The text of one file, BOM removed, with a map from offsets to lines. Lines end at <c>\n</c>,
/// <c>\r\n</c> or a lone <c>\r</c>; the line terminator belongs to the line it ends.
/// </summary>
public sealed class SourceText
{
    // Computed on first use: most linted files have no finding and never need a line number.
    private int[]? _lineStarts;

    public SourceText(string text, bool hadByteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        HadByteOrderMark = hadByteOrderMark;
    }

    /// <summary>The text after decoding, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the file began with a UTF-8 byte-order mark (stripped from <see cref="Text"/>).</summary>
    public bool HadByteOrderMark { get; }

    public int Length => Text.Length;

    public int LineCount => LineStarts.Length;

    // Racing threads compute equal arrays; either may win.
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

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
        int[] starts = LineStarts;
        int line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - starts[line]);
    }

    /// <summary>The offset where a 0-based line starts.</summary>
    public int GetLineStart(int line) => LineStarts[line];

    /// <summary>The span of a 0-based line without its terminator.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int[] starts = LineStarts;
        int start = starts[line];
        int end = line + 1 < starts.Length ? starts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 40)) { 0 };
        ReadOnlySpan<char> span = text;
        int i = 0;
        while (true)
        {
            int found = span[i..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            i += found;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            i++;
            starts.Add(i);
        }

        return [.. starts];
    }
}
