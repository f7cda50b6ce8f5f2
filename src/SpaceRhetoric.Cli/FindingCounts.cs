using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Cli;

/// <summary>Tallies a run's findings for the summary line and the exit code.</summary>
internal sealed class FindingCounts
{
    private readonly Func<Diagnostic, bool> _fails;

    /// <param name="fails">Whether a finding fails the run (exit code 1).</param>
    public FindingCounts(Func<Diagnostic, bool> fails)
    {
        _fails = fails;
    }

    /// <summary>The default policy: a shown finding at or above <paramref name="failLevel"/> fails the run.</summary>
    public static Func<Diagnostic, bool> FailAtOrAbove(Severity failLevel) =>
        diagnostic => IsShown(diagnostic) && diagnostic.Severity >= failLevel;

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Notes { get; private set; }

    public int Files { get; private set; }

    public int FilesWithFindings { get; private set; }

    public int Unreadable { get; private set; }

    public int AtOrAboveFailLevel { get; private set; }

    /// <summary>Findings an in-document comment suppressed (kept in SARIF, never shown in text, never failing).</summary>
    public int Suppressed { get; private set; }

    /// <summary>Baseline states of shown findings; all zero when no baseline was given.</summary>
    public int New { get; private set; }

    public int Unchanged { get; private set; }

    public int Updated { get; private set; }

    /// <summary>Baseline results this run no longer has.</summary>
    public int Absent { get; set; }

    /// <summary>Whether a baseline was given (the summary then reports the comparison).</summary>
    public bool HasBaseline { get; set; }

    public int Total => Errors + Warnings + Notes;

    /// <summary>Unreadable files (3) outrank findings (1).</summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.UnreadableFiles : AtOrAboveFailLevel > 0 ? ExitCodes.Findings : ExitCodes.Success;

    /// <summary>Whether a finding is shown in text output and counted in the summary: not suppressed.</summary>
    public static bool IsShown(Diagnostic diagnostic) =>
        diagnostic.Suppression is null && diagnostic.Severity != Severity.None;

    public void AddNotifications(int count) => Unreadable += count;

    public void AddFile(FileResult file)
    {
        Files++;
        bool any = false;
        foreach (Diagnostic diagnostic in file.Diagnostics)
        {
            if (diagnostic.Suppression is not null)
            {
                Suppressed++;
                continue;
            }

            if (!IsShown(diagnostic))
            {
                continue;
            }

            switch (diagnostic.BaselineState)
            {
                case BaselineState.New: New++; break;
                case BaselineState.Unchanged: Unchanged++; break;
                case BaselineState.Updated: Updated++; break;
            }

            any = true;
            switch (diagnostic.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Notes++; break;
            }

            if (_fails(diagnostic))
            {
                AtOrAboveFailLevel++;
            }
        }

        if (any)
        {
            FilesWithFindings++;
        }
    }
}
