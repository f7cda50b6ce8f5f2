using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Configuration;

/// <summary>Trims a run's results for output.</summary>
public static class ResultFilters
{
    /// <summary>The run without suppressed findings (<c>--omit-suppressed</c>); by default SARIF keeps them, marked.</summary>
    public static LintRunResult OmitSuppressed(LintRunResult run) =>
        run with { Files = [.. run.Files.Select(f => f with { Diagnostics = [.. f.Diagnostics.Where(d => d.Suppression is null)] })] };
}
