using System.Text.RegularExpressions;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules.Loading;

namespace SpaceRhetoric.Rules.Analysis;

/// <summary>A qualifier of a rule: the automaton target whose occurrence in the window clears (or downgrades) a claim.</summary>
internal sealed record CompiledUnless(string Name, int Target, QualifierWindow Window, Diagnostics.Severity? Downgrade);

/// <summary>A rule ready to run: its descriptor and what the analyzer needs to evaluate candidates.</summary>
internal sealed class CompiledRule
{
    /// <summary>Position in the ID-sorted rule list; also the rule's target in the automaton.</summary>
    public required int Index { get; init; }

    public required RuleDescriptor Descriptor { get; init; }

    public required RuleKind Kind { get; init; }

    public required ProseScope Scopes { get; init; }

    public required IReadOnlyList<Regex> Regexes { get; init; }

    public required IReadOnlyList<CompiledUnless> Unless { get; init; }

    public required QuotedMode Quoted { get; init; }

    public FixSpec? Fix { get; init; }

    public DocumentSpec? Document { get; init; }

    /// <summary>Target of the <c>unlessAnywhere</c> term set, or -1.</summary>
    public int UnlessAnywhereTarget { get; init; } = -1;
}
