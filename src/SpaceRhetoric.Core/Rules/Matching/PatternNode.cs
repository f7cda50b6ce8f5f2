namespace SpaceRhetoric.Rules.Matching;

/// <summary>A parsed token pattern.</summary>
internal abstract record PatternNode;

/// <summary>One word, by vocabulary ID.</summary>
internal sealed record WordNode(int WordId) : PatternNode;

internal sealed record SequenceNode(IReadOnlyList<PatternNode> Items) : PatternNode;

internal sealed record AlternativesNode(IReadOnlyList<PatternNode> Options) : PatternNode;

internal sealed record OptionalNode(PatternNode Item) : PatternNode;

/// <summary>A reference <c>{name}</c> to a term set; <paramref name="Offset"/> is where it stands in the pattern.</summary>
internal sealed record TermSetNode(string Name, int Offset) : PatternNode;

/// <summary>A gap <c>*N</c>: 0 to N arbitrary words within the sentence, across commas.</summary>
internal sealed record GapNode(int MaxWords) : PatternNode;
