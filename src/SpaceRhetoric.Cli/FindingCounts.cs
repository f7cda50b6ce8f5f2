using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Cli;

/// <summary>Tallies a run's findings for the summary line and the exit code.</summary>
internal sealed class FindingCounts
{
    private readonly Severity _failLevel;

    public FindingCounts(Severity failLevel)
    {
        _failLevel = failLevel;
    }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Notes { get; private set; }

    public int Files { get; private set; }

    public int FilesWithFindings { get; private set; }

    public int Unreadable { get; private set; }

    public int AtOrAboveFailLevel { get; private set; }

    public int Total => Errors + Warnings + Notes;

    /// <summary>Unreadable files (3) outrank findings (1).</summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.UnreadableFiles : AtOrAboveFailLevel > 0 ? ExitCodes.Findings : ExitCodes.Success;

    /// <summary>
    /// Whether a finding is shown in text output and counts towards the fail level: not suppressed, and
    /// not already in the baseline.
    /// </summary>
    public static bool IsActive(Diagnostic diagnostic) =>
        diagnostic.Suppression is null
        && diagnostic.Severity != Severity.None
        && diagnostic.BaselineState is null or BaselineState.New;

    public void AddNotifications(int count) => Unreadable += count;

    public void AddFile(FileResult file)
    {
        Files++;
        bool any = false;
        foreach (Diagnostic diagnostic in file.Diagnostics)
        {
            if (!IsActive(diagnostic))
            {
                continue;
            }

            any = true;
            switch (diagnostic.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Notes++; break;
            }

            if (diagnostic.Severity >= _failLevel)
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
