namespace SpaceRhetoric.Rules.Matching;

/// <summary>
/// A word of a prose block: its characters, its vocabulary ID, and what separates it from the previous word.
/// Punctuation is not a token; it is folded into <see cref="Separator"/>.
/// </summary>
internal struct Token
{
    /// <summary>Only whitespace, quotation marks, a word-joining hyphen or an abbreviation's period.</summary>
    public const byte Space = 0;

    /// <summary>A comma: only a gap <c>*N</c> may cross it.</summary>
    public const byte Comma = 1;

    /// <summary>A sentence end, clause punctuation or a <see cref="Documents.ProseBlock.Boundary"/>: nothing crosses it.</summary>
    public const byte Break = 2;

    public int Start;
    public int End;
    public int WordId;
    public byte Separator;
}

/// <summary>A reusable, growable array of tokens (one per thread).</summary>
internal sealed class TokenBuffer
{
    public Token[] Items = new Token[256];
    public int Count;

    public void Add(int start, int end, int wordId, byte separator)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
        }

        ref Token t = ref Items[Count++];
        t.Start = start;
        t.End = end;
        t.WordId = wordId;
        t.Separator = separator;
    }
}
