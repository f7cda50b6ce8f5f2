using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// One block of prose with markup removed, and a map from each of its characters back to the
/// source. A soft line break inside a paragraph appears as <c>'\n'</c>; text that is not prose
/// (inline code, a URL, inline HTML) appears as one <see cref="Boundary"/> character, which
/// no phrase can match across.
/// </summary>
public sealed class ProseBlock
{
    /// <summary>Stands for excluded inline content (code span, URL, HTML); a hard phrase boundary.</summary>
    public const char Boundary = '\uFFFC';

    private readonly int[] _sourceOffsets;

    /// <param name="scope">Where the block sits.</param>
    /// <param name="text">The prose.</param>
    /// <param name="sourceOffsets">For each character of <paramref name="text"/>, its offset in the source.</param>
    /// <param name="section">Index of the section (0 before the first heading, then one per heading).</param>
    public ProseBlock(ProseScope scope, string text, int[] sourceOffsets, int section = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceOffsets);
        if (text.Length != sourceOffsets.Length)
        {
            throw new ArgumentException("Every character needs a source offset.", nameof(sourceOffsets));
        }

        Scope = scope;
        Text = text;
        _sourceOffsets = sourceOffsets;
        Section = section;
    }

    public ProseScope Scope { get; }

    public string Text { get; }

    public int Section { get; }

    /// <summary>The source offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int GetSourceOffset(int index) => _sourceOffsets[index];

    /// <summary>
    /// Maps a non-empty span of <see cref="Text"/> to the source: from the first character's offset to
    /// just past the last character's, so a match that wraps over a line break covers both lines.
    /// </summary>
    public TextSpan MapToSource(TextSpan span)
    {
        if (span.IsEmpty)
        {
            int at = span.Start < _sourceOffsets.Length ? _sourceOffsets[span.Start] : (_sourceOffsets.Length == 0 ? 0 : _sourceOffsets[^1] + 1);
            return new TextSpan(at, 0);
        }

        int start = _sourceOffsets[span.Start];
        int last = _sourceOffsets[span.End - 1];
        return TextSpan.FromBounds(start, Math.Max(start, last) + 1);
    }

    public override string ToString() => $"{Scope}: {Text}";
}
