namespace SpaceRhetoric.Rules.Matching;

/// <summary>A token pattern that does not parse; <see cref="Offset"/> is the offending character.</summary>
internal sealed class PatternSyntaxException : Exception
{
    public PatternSyntaxException(int offset, string message)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}
