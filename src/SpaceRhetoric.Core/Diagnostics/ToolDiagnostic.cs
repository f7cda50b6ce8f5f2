namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// A diagnostic about the tool's own input — a rule file, a configuration file, an unreadable document —
/// in the SR9xxx range. Printed as <c>path(line,col): error SR9001: message</c> (1-based line and column).
/// </summary>
/// <param name="Id">An ID from <see cref="ToolDiagnosticIds"/>.</param>
/// <param name="Path">The file at fault, as the user named it.</param>
/// <param name="Line">1-based line, or 0 when no position applies.</param>
/// <param name="Column">1-based column, or 0 when no position applies.</param>
public sealed record ToolDiagnostic(string Id, Severity Severity, string Path, int Line, int Column, string Message)
{
    public static ToolDiagnostic Error(string id, string path, int line, int column, string message) =>
        new(id, Severity.Error, path, line, column, message);

    public override string ToString() => Line > 0
        ? $"{Path}({Line},{Column}): {Severity.ToName()} {Id}: {Message}"
        : $"{Path}: {Severity.ToName()} {Id}: {Message}";
}
