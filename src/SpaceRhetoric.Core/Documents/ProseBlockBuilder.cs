using System.Buffers;
using System.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// Accumulates the text of one block with a source offset per character. One builder serves every
/// block of a document: <see cref="Build"/> resets it, so a file costs two buffers, not two per block.
/// </summary>
internal sealed class ProseBlockBuilder
{
    // A block of nothing but whitespace and boundaries (a cell holding only code) gives rules nothing to match.
    private static readonly SearchValues<char> s_noContent = SearchValues.Create(" \t\n\r\f\v\u00A0\u2028\u2029\u3000" + ProseBlock.Boundary);

    private readonly StringBuilder _text = new();
    private int[] _offsets = new int[256];
    private int _count;
    private bool _hasContent;

    public int Length => _count;

    /// <summary>The source offset of the last character appended, or -1.</summary>
    public int LastOffset => _count == 0 ? -1 : _offsets[_count - 1];

    public void Append(char c, int sourceOffset)
    {
        EnsureCapacity(1);
        _text.Append(c);
        _offsets[_count++] = sourceOffset;
        _hasContent |= !s_noContent.Contains(c);
    }

    /// <summary>Appends <paramref name="text"/> copied 1:1 from the source at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(ReadOnlySpan<char> text, int sourceStart)
    {
        EnsureCapacity(text.Length);
        _text.Append(text);
        Span<int> offsets = _offsets.AsSpan(_count, text.Length);
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = sourceStart + i;
        }

        _count += text.Length;
        _hasContent = _hasContent || text.ContainsAnyExcept(s_noContent);
    }

    /// <summary>Builds the block when it holds anything but whitespace and boundaries, and resets the builder.</summary>
    public ProseBlock? Build(ProseScope scope, int section)
    {
        ProseBlock? block = null;
        if (_hasContent)
        {
            block = new ProseBlock(scope, _text.ToString(), _offsets.AsSpan(0, _count).ToArray(), section);
        }

        _text.Clear();
        _count = 0;
        _hasContent = false;
        return block;
    }

    private void EnsureCapacity(int extra)
    {
        if (_count + extra > _offsets.Length)
        {
            Array.Resize(ref _offsets, Math.Max(_offsets.Length * 2, _count + extra));
        }
    }
}
