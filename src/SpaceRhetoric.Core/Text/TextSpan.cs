namespace SpaceRhetoric.Text;

/// <summary>
/// A 0-based, half-open range of UTF-16 code units in a text: <c>[Start, Start + Length)</c>.
/// Positions stay as offsets inside the engine; only writers turn them into 1-based lines and columns.
/// </summary>
/// <example><c>new TextSpan(4, 3)</c> covers offsets 4, 5 and 6.</example>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the last code unit.</summary>
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    public int CompareTo(TextSpan other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    public override string ToString() => $"[{Start}..{End})";
}
