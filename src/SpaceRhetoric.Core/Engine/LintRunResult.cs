using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Engine;

/// <summary>
/// Everything one <c>lint</c> run produced, in deterministic order, for the writers (text, SARIF).
/// </summary>
public sealed record LintRunResult
{
    /// <summary>Absolute path of the root that result paths are relative to (SARIF <c>SRCROOT</c>).</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Every linted file, sorted ordinally by <see cref="FileResult.Path"/>, including files with no finding.</summary>
    public required IReadOnlyList<FileResult> Files { get; init; }

    /// <summary>The rules enabled in this run (default severity not <c>none</c>, or enabled by configuration), sorted by ID.</summary>
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }

    /// <summary>Problems with inputs that did not stop the run (unreadable files), sorted by path.</summary>
    public IReadOnlyList<ToolDiagnostic> Notifications { get; init; } = [];

    /// <summary>Severity overrides from configuration that took effect: rule ID → effective severity.</summary>
    public IReadOnlyList<RuleSeverityOverride> SeverityOverrides { get; init; } = [];

    /// <summary>Findings of the baseline that this run no longer has (reported in the summary, never as alerts).</summary>
    public int AbsentFromBaseline { get; init; }

    /// <summary>Optional SARIF <c>automationDetails.id</c> prefix (a category), e.g. <c>docs/</c>.</summary>
    public string? Category { get; init; }

    /// <summary>False when some input could not be read or the run was otherwise incomplete.</summary>
    public bool ExecutionSuccessful => Notifications.All(n => n.Severity != Severity.Error);
}

/// <summary>A configured severity that differs from the rule's default.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">The configured severity.</param>
/// <param name="Source">Where it came from, e.g. <c>.editorconfig</c> or <c>.spacerhetoric.yaml</c>.</param>
public sealed record RuleSeverityOverride(string RuleId, Severity Severity, string Source);
