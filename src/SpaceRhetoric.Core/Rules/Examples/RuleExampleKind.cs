namespace SpaceRhetoric.Rules;

/// <summary>Which list of <c>examples:</c> an example comes from.</summary>
public enum RuleExampleKind
{
    /// <summary><c>examples.flagged</c>: the rule reports exactly the bracketed spans.</summary>
    Flagged,

    /// <summary><c>examples.passing</c>: the rule reports nothing.</summary>
    Passing,
}
