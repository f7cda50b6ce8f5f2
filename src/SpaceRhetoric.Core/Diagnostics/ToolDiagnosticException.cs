namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// Thrown when the tool's input (rules, configuration) is unusable. Carries every diagnostic found,
/// so the CLI can print them all with their positions and exit with code 2 — never a stack trace.
/// </summary>
public sealed class ToolDiagnosticException : Exception
{
    public ToolDiagnosticException(IReadOnlyList<ToolDiagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "Invalid input.")
    {
        Diagnostics = diagnostics;
    }

    public ToolDiagnosticException(ToolDiagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<ToolDiagnostic> Diagnostics { get; }
}
