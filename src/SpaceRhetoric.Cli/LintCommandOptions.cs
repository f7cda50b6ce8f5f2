namespace SpaceRhetoric.Cli;

/// <summary>The parsed options of <c>spacerhetoric lint</c>.</summary>
internal sealed record LintCommandOptions
{
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary><c>text</c> or <c>sarif</c>.</summary>
    public required string Format { get; init; }

    public string? Output { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>; null when not given (configuration may set it; else <c>warning</c>).</summary>
    public string? FailLevel { get; init; }

    public string? Category { get; init; }

    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool Explain { get; init; }

    public bool NoColor { get; init; }

    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    public bool NoDefaultRules { get; init; }
}
