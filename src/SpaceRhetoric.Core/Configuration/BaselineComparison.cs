using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Configuration;

/// <summary>The outcome of comparing a run's findings with a baseline.</summary>
/// <param name="Results">The findings in the order given, each with <see cref="Diagnostic.BaselineState"/> set.</param>
/// <param name="Absent">Baseline results no current finding matched (fixed or deleted since).</param>
public sealed record BaselineComparison(IReadOnlyList<(string Path, Diagnostic Diagnostic)> Results, IReadOnlyList<BaselineResult> Absent)
{
    public int New => Results.Count(r => r.Diagnostic.BaselineState == BaselineState.New);

    public int Unchanged => Results.Count(r => r.Diagnostic.BaselineState == BaselineState.Unchanged);

    public int Updated => Results.Count(r => r.Diagnostic.BaselineState == BaselineState.Updated);
}
