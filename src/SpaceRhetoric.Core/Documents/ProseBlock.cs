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

    // The character→source map as runs: character _runStarts[k] and those after it, up to the next
    // run, sit at consecutive source offsets from _runSources[k]. Prose is mostly copied verbatim, so a
    // block needs a few runs per line instead of one int per character.
    private readonly int[] _runStarts;
    private readonly int[] _runSources;

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
        Section = section;
        (_runStarts, _runSources) = ToRuns(sourceOffsets);
    }

    /// <summary>For readers: the map already as runs (see <see cref="ProseBlockBuilder"/>).</summary>
    internal ProseBlock(ProseScope scope, string text, int[] runStarts, int[] runSources, int section)
    {
        Scope = scope;
        Text = text;
        Section = section;
        _runStarts = runStarts;
        _runSources = runSources;
    }

    public ProseScope Scope { get; }

    public string Text { get; }

    public int Section { get; }

    /// <summary>The source offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int GetSourceOffset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Text.Length);
        int run = Array.BinarySearch(_runStarts, index);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return _runSources[run] + (index - _runStarts[run]);
    }

    /// <summary>
    /// Maps a non-empty span of <see cref="Text"/> to the source: from the first character's offset to
    /// just past the last character's, so a match that wraps over a line break covers both lines.
    /// </summary>
    public TextSpan MapToSource(TextSpan span)
    {
        if (span.IsEmpty)
        {
            int at = span.Start < Text.Length ? GetSourceOffset(span.Start) : (Text.Length == 0 ? 0 : GetSourceOffset(Text.Length - 1) + 1);
            return new TextSpan(at, 0);
        }

        int start = GetSourceOffset(span.Start);
        int last = GetSourceOffset(span.End - 1);
        return TextSpan.FromBounds(start, Math.Max(start, last) + 1);
    }

    private static (int[] Starts, int[] Sources) ToRuns(int[] offsets)
    {
        var starts = new List<int>();
        var sources = new List<int>();
        for (int i = 0; i < offsets.Length; i++)
        {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1)
            {
                starts.Add(i);
                sources.Add(offsets[i]);
            }
        }

        return ([.. starts], [.. sources]);
    }

    public override string ToString() => $"{Scope}: {Text}";
}
