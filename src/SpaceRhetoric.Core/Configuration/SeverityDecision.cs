using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Configuration;

/// <summary>A configured severity for one rule and file, and where it was set.</summary>
/// <param name="Severity">The effective severity.</param>
/// <param name="SourcePath">Absolute path of the file that set it (<c>.editorconfig</c> or <c>.spacerhetoric.yaml</c>).</param>
/// <param name="Line">1-based line of the setting, or 0 when unknown.</param>
/// <param name="Setting">The key that applied, e.g. <c>spacerhetoric.sr1001.severity</c> or <c>overrides[1].severity.SR1001</c>.</param>
public sealed record SeverityDecision(Severity Severity, string SourcePath, int Line, string Setting);
