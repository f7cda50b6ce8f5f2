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

    /// <summary><c>any</c> or <c>new</c>; null when not given (configuration may set it; else <c>any</c>).</summary>
    public string? FailOn { get; init; }

    public string? Category { get; init; }

    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool Explain { get; init; }

    public bool NoColor { get; init; }

    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    public bool NoDefaultRules { get; init; }

    /// <summary>An explicit configuration file (<c>--config</c>); null searches upward for <c>.spacerhetoric.yaml</c>.</summary>
    public string? Config { get; init; }

    /// <summary>A previous SARIF log to compare with (<c>--baseline</c>).</summary>
    public string? Baseline { get; init; }

    /// <summary>Where to write this run's SARIF log for use as a later baseline (<c>--write-baseline</c>).</summary>
    public string? WriteBaseline { get; init; }

    /// <summary>Leave suppressed findings out of SARIF output (<c>--omit-suppressed</c>).</summary>
    public bool OmitSuppressed { get; init; }
}
