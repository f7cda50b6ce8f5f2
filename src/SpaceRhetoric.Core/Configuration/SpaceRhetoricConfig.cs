using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// A parsed <c>.spacerhetoric.yaml</c>. Paths in <see cref="RuleDirectories"/> are absolute; globs stay as
/// written and are matched relative to <see cref="Directory"/>. Load with <see cref="ConfigLoader"/>.
/// </summary>
public sealed record SpaceRhetoricConfig
{
    /// <summary>The file names searched for, in order of preference.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".spacerhetoric.yaml", ".spacerhetoric.yml"];

    /// <summary>Absolute path of the file this came from; null for the built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>The folder globs and rule directories are relative to (the config file's folder).</summary>
    public required string Directory { get; init; }

    /// <summary>Rule-pack folders (<c>rules:</c>), made absolute.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    /// <summary>Each entry of <c>rules:</c> as written, with its position, parallel to <see cref="RuleDirectories"/>.</summary>
    public IReadOnlyList<ConfigRuleReference> RuleDirectoryReferences { get; init; } = [];

    /// <summary>Whether the built-in rule pack loads (<c>defaultRules:</c>, default true).</summary>
    public bool DefaultRules { get; init; } = true;

    /// <summary>Globs of files to lint; empty means no restriction.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs of files never to lint.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Severity by rule ID, <c>category:&lt;name&gt;</c> or <c>*</c> (<c>severity:</c>).</summary>
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Per-glob severities (<c>overrides:</c>), in file order; a later entry wins over an earlier one for the same key.</summary>
    public IReadOnlyList<ConfigOverride> Overrides { get; init; } = [];

    /// <summary>Rule options by rule ID or <c>*</c> (<c>options:</c>).</summary>
    public IReadOnlyDictionary<string, RuleOptions> Options { get; init; } = new Dictionary<string, RuleOptions>();

    /// <summary>Lowest severity that fails the run (<c>failLevel:</c>); null when the file leaves it to the command line.</summary>
    public Severity? FailLevel { get; init; }

    /// <summary>Which findings fail the run (<c>failOn:</c>); null when the file leaves it to the command line.</summary>
    public FailOn? FailOn { get; init; }

    /// <summary>Whether files ignored by <c>.gitignore</c> are skipped (<c>gitignore:</c>, default true).</summary>
    public bool GitIgnore { get; init; } = true;

    /// <summary>
    /// Severity of the SR9203 report for a suppression comment that suppresses nothing
    /// (<c>reportUnusedSuppressions:</c>; <c>true</c> is warning, <c>false</c> is none). Default warning.
    /// </summary>
    public Severity ReportUnusedSuppressions { get; init; } = Diagnostics.Severity.Warning;

    /// <summary>Every rule ID and category named in the file, with its position, for <see cref="ConfigLoader.ValidateRuleIds"/>.</summary>
    public IReadOnlyList<ConfigRuleReference> RuleReferences { get; init; } = [];

    /// <summary>The configuration used when no file is found: everything at its default.</summary>
    public static SpaceRhetoricConfig Default(string directory) => new() { Directory = System.IO.Path.GetFullPath(directory) };

    /// <summary>How the file is named in messages and SARIF overrides: its path, or "defaults".</summary>
    public string DisplayName => Path is null ? "defaults" : System.IO.Path.GetFileName(Path);
}
