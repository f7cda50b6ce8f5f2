namespace SpaceRhetoric.Rules;

/// <summary>
/// One example sentence of a rule, as written under <c>examples:</c> in its YAML. Flagged examples mark
/// each expected finding with <c>[</c> <c>]</c>, e.g. <c>This mission is [for the benefit of all humanity].</c>
/// </summary>
/// <param name="RuleId">The rule the example belongs to.</param>
/// <param name="Kind">Whether the rule must flag the marked spans or stay silent.</param>
/// <param name="Text">The example with its <c>[ ]</c> markup.</param>
/// <param name="SourcePath">The rule file.</param>
/// <param name="Line">1-based line of the example in the rule file.</param>
/// <param name="Column">1-based column of the example in the rule file.</param>
public sealed record RuleExample(string RuleId, RuleExampleKind Kind, string Text, string SourcePath, int Line, int Column)
{
    /// <summary>Shown by test runners for a data-driven test case.</summary>
    public override string ToString() => $"{RuleId} {Kind.ToString().ToLowerInvariant()} {SourcePath}({Line},{Column}): {Text}";
}
