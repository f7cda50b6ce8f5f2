namespace SpaceRhetoric.Text;

/// <summary>A 0-based line and a 0-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other)
    {
        int c = Line.CompareTo(other.Line);
        return c != 0 ? c : Character.CompareTo(other.Character);
    }

    /// <summary>Human form, 1-based: <c>line,col</c>.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
