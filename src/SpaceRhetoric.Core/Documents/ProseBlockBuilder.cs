using System.Buffers;

namespace SpaceRhetoric.Documents;

/// <summary>
/// Accumulates the text of one block with a source offset per character, kept as runs of consecutive
/// offsets. One builder serves every block of a document: <see cref="Build"/> resets it, so a file
/// costs a few buffers, not a few per block.
/// </summary>
internal sealed class ProseBlockBuilder
{
    // A block of nothing but whitespace and boundaries (a cell holding only code) gives rules nothing to match.
    private static readonly SearchValues<char> s_noContent = SearchValues.Create(" \t\n\r\f\v\u00A0\u2028\u2029\u3000" + ProseBlock.Boundary);

    private char[] _text = new char[256];
    private int[] _runStarts = new int[16];
    private int[] _runSources = new int[16];
    private int _count;
    private int _runs;
    private int _lastOffset = -1;
    private bool _hasContent;

    public int Length => _count;

    /// <summary>The source offset of the last character appended, or -1.</summary>
    public int LastOffset => _count == 0 ? -1 : _lastOffset;

    public void Append(char c, int sourceOffset)
    {
        if (_count == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        MapNext(sourceOffset);
        _text[_count++] = c;
        _lastOffset = sourceOffset;
        _hasContent |= !s_noContent.Contains(c);
    }

    /// <summary>Appends <paramref name="text"/> copied 1:1 from the source at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (_count + text.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _count + text.Length));
        }

        MapNext(sourceStart);
        text.CopyTo(_text.AsSpan(_count));
        _count += text.Length;
        _lastOffset = sourceStart + text.Length - 1;
        _hasContent = _hasContent || text.ContainsAnyExcept(s_noContent);
    }

    /// <summary>Builds the block when it holds anything but whitespace and boundaries, and resets the builder.</summary>
    public ProseBlock? Build(ProseScope scope, int section)
    {
        ProseBlock? block = null;
        if (_hasContent)
        {
            block = new ProseBlock(scope, new string(_text, 0, _count), _runStarts.AsSpan(0, _runs).ToArray(), _runSources.AsSpan(0, _runs).ToArray(), section);
        }

        _count = 0;
        _runs = 0;
        _lastOffset = -1;
        _hasContent = false;
        return block;
    }

    /// <summary>Starts a new run unless the next character's offset continues the current one.</summary>
    private void MapNext(int sourceOffset)
    {
        if (_count > 0 && sourceOffset == _lastOffset + 1)
        {
            return;
        }

        if (_runs == _runStarts.Length)
        {
            Array.Resize(ref _runStarts, _runs * 2);
            Array.Resize(ref _runSources, _runs * 2);
        }

        _runStarts[_runs] = _count;
        _runSources[_runs] = sourceOffset;
        _runs++;
    }
}
