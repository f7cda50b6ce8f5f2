using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Decides whether a run fails (exit code 1): an unsuppressed finding at or above <see cref="FailLevel"/>, and, with
/// <see cref="FailOn.New"/>, only one the baseline did not have (state <c>new</c>, or no baseline state at all).
/// </summary>
/// <example><c>lint --baseline main.sarif --fail-on new</c> fails only on findings added since <c>main.sarif</c>.</example>
public sealed record FailPolicy(Severity FailLevel, FailOn FailOn)
{
    /// <summary>
    /// The policy in force: a command-line value beats <c>.spacerhetoric.yaml</c>, which beats the defaults
    /// (<paramref name="defaultFailLevel"/>, <see cref="FailOn.Any"/>).
    /// </summary>
    public static FailPolicy Resolve(SpaceRhetoricConfig config, Severity? commandLineFailLevel, FailOn? commandLineFailOn, Severity defaultFailLevel = Severity.Warning) =>
        new(commandLineFailLevel ?? config.FailLevel ?? defaultFailLevel, commandLineFailOn ?? config.FailOn ?? FailOn.Any);

    public bool Fails(Diagnostic diagnostic) =>
        diagnostic.Suppression is null
        && diagnostic.Severity != Severity.None
        && diagnostic.Severity >= FailLevel
        && (FailOn == FailOn.Any || diagnostic.BaselineState is null or BaselineState.New);

    public bool Fails(LintRunResult run) => run.Files.Any(f => f.Diagnostics.Any(Fails));
}
