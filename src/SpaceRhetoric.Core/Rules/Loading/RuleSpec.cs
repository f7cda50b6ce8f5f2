using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;

namespace SpaceRhetoric.Rules.Loading;

/// <summary>A position in a rule file, 1-based, for tool diagnostics.</summary>
internal readonly record struct SourceMark(string Path, int Line, int Column);

/// <summary>A pattern string and where it was written, so syntax errors point inside it.</summary>
/// <param name="Text">The pattern as written.</param>
/// <param name="Mark">Position of the scalar's first character.</param>
/// <param name="ColumnOffsetUsable">True when the scalar is on one line, so a column inside it can be computed.</param>
internal sealed record PatternSource(string Text, SourceMark Mark, bool ColumnOffsetUsable)
{
    public SourceMark At(int offset) => ColumnOffsetUsable ? Mark with { Column = Mark.Column + offset } : Mark;
}

internal enum RuleKind
{
    Phrase,
    Document,
}

internal enum QualifierWindow
{
    Clause,
    Sentence,
    Paragraph,
}

/// <summary>How quoted claims are treated: report, skip, or downgrade to <see cref="Severity"/>.</summary>
internal readonly record struct QuotedMode(bool Skip, Severity? Downgrade)
{
    public static readonly QuotedMode Report = new(false, null);

    public static bool TryParse(string? value, out QuotedMode mode)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "report":
                mode = Report;
                return true;
            case "skip":
                mode = new QuotedMode(true, null);
                return true;
        }

        if (SeverityNames.TryParse(value, out Severity severity))
        {
            mode = severity == Severity.None ? new QuotedMode(true, null) : new QuotedMode(false, severity);
            return true;
        }

        mode = Report;
        return false;
    }
}

internal sealed class UnlessSpec
{
    public required string Name { get; init; }

    /// <summary>A term set used as qualifier, or null when <see cref="Patterns"/> are inline.</summary>
    public string? Qualifier { get; init; }

    public SourceMark? QualifierMark { get; init; }

    public IReadOnlyList<PatternSource> Patterns { get; init; } = [];

    public QualifierWindow Window { get; init; } = QualifierWindow.Sentence;

    /// <summary>Downgrade to this severity instead of suppressing.</summary>
    public Severity? Severity { get; init; }
}

internal sealed class DocumentSpec
{
    public int MinClaims { get; init; } = 1;

    /// <summary>Categories whose claims count; empty means every phrase rule.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? UnlessAnywhere { get; init; }

    public SourceMark? UnlessAnywhereMark { get; init; }

    public double? PerThousandWords { get; init; }

    /// <summary>True for <c>per: section</c>, false for <c>per: document</c>.</summary>
    public bool PerSection { get; init; } = true;

    public int MinWords { get; init; }
}

internal sealed class FixSpec
{
    public required string Replacement { get; init; }

    public string? Description { get; init; }
}

internal sealed class RuleSpec
{
    public required RuleDescriptor Descriptor { get; set; }

    public required SourceMark IdMark { get; init; }

    public required SourceMark NameMark { get; init; }

    public RuleKind Kind { get; init; }

    public ProseScope Scopes { get; init; } = RuleScopes.All;

    public IReadOnlyList<PatternSource> Patterns { get; init; } = [];

    public IReadOnlyList<System.Text.RegularExpressions.Regex> Regexes { get; init; } = [];

    /// <summary>Where each of <see cref="Regexes"/> was written, in the same order.</summary>
    public IReadOnlyList<SourceMark> RegexMarks { get; init; } = [];

    public IReadOnlyList<UnlessSpec> Unless { get; init; } = [];

    public QuotedMode Quoted { get; init; } = QuotedMode.Report;

    public FixSpec? Fix { get; init; }

    public DocumentSpec? Document { get; init; }

    public IReadOnlyList<RuleExample> Examples { get; init; } = [];
}

internal sealed class TermSetSpec
{
    public required string Name { get; init; }

    public required SourceMark Mark { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<PatternSource> Terms { get; init; }
}

/// <summary>Scope names as rules spell them.</summary>
internal static class RuleScopes
{
    public const ProseScope All = ProseScope.Paragraph | ProseScope.Heading | ProseScope.ListItem | ProseScope.BlockQuote | ProseScope.TableCell | ProseScope.Text;

    public static readonly IReadOnlyList<(string Name, ProseScope Scope)> Names =
    [
        ("paragraph", ProseScope.Paragraph),
        ("heading", ProseScope.Heading),
        ("list-item", ProseScope.ListItem),
        ("block-quote", ProseScope.BlockQuote),
        ("table-cell", ProseScope.TableCell),
        ("text", ProseScope.Text),
    ];

    public static bool TryParse(string name, out ProseScope scope)
    {
        foreach ((string n, ProseScope s) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                scope = s;
                return true;
            }
        }

        scope = ProseScope.None;
        return false;
    }

    public static string Format(ProseScope scope)
    {
        if (scope == ProseScope.None)
        {
            return "none";
        }

        var parts = new List<string>();
        foreach ((string n, ProseScope s) in Names)
        {
            if ((scope & s) != 0)
            {
                parts.Add(n);
            }
        }

        return string.Join(',', parts);
    }
}
