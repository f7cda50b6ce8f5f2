using SpaceRhetoric.Text;

namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// One finding in one document. <see cref="Span"/> and <see cref="ContextSpan"/> are 0-based offsets in the
/// document's <see cref="SourceText"/>; writers convert them to lines and columns.
/// </summary>
public sealed record Diagnostic
{
    public required string RuleId { get; init; }

    /// <summary>Severity after configuration (what this run reports).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The rule's own default severity.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>Fully formatted message, quoting the matched text, ending with a period.</summary>
    public required string Message { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>The matched prose as it reads (line breaks folded to spaces).</summary>
    public required string MatchedText { get; init; }

    /// <summary>The sentence around the match, for snippets and fingerprints.</summary>
    public TextSpan? ContextSpan { get; init; }

    /// <summary>Normalised sentence text (whitespace folded), used for the content fingerprint.</summary>
    public string? ContextText { get; init; }

    public Fix? Fix { get; init; }

    /// <summary>Extra facts for writers, e.g. <c>absentQualifiers</c>, <c>scope</c>, <c>quoted</c>.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

    /// <summary>Set when an in-document comment or configuration suppresses the finding.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Set when a baseline was given.</summary>
    public BaselineState? BaselineState { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
}

/// <summary>A concrete rewrite: replace <see cref="Span"/> (source offsets) with <see cref="Replacement"/>.</summary>
public sealed record Fix(string Description, TextSpan Span, string Replacement);

/// <summary>Why a finding is suppressed.</summary>
/// <param name="Kind"><c>inSource</c> for a comment in the document, <c>external</c> for configuration or baseline.</param>
public sealed record Suppression(string Kind, string? Justification);

/// <summary>How a finding compares with a baseline log.</summary>
public enum BaselineState
{
    New,
    Unchanged,
    Updated,
    Absent,
}
