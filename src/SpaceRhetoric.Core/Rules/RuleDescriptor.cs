using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Rules;

/// <summary>
/// What a rule is, apart from how it matches: the data a writer needs (SARIF <c>reportingDescriptor</c>,
/// <c>rules list</c>, <c>rules show</c>). Immutable; one per rule ID.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary><c>SR</c> and four digits, e.g. <c>SR1001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>PascalCase name, different from the ID (SARIF <c>name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Short title (SARIF <c>shortDescription</c>).</summary>
    public required string Title { get; init; }

    /// <summary>One-paragraph description (SARIF <c>fullDescription</c>); the title when absent.</summary>
    public string? Description { get; init; }

    public required string Category { get; init; }

    public required Severity DefaultSeverity { get; init; }

    /// <summary>Message template; placeholders such as <c>{match}</c> are filled per finding.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>Help as Markdown (the rule's doc page when it has one, else the YAML <c>help</c>).</summary>
    public string? HelpMarkdown { get; init; }

    public string? HelpUri { get; init; }

    /// <summary>How to rewrite a flagged claim (the YAML <c>suggestion</c>), e.g. <c>Name who benefits.</c></summary>
    public string? Suggestion { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>very-high|high|medium|low</c>.</summary>
    public string Precision { get; init; } = "high";

    /// <summary>Where the rule was defined (a file path, or <c>rules/…</c> for the embedded pack).</summary>
    public string? SourcePath { get; init; }
}
