using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Engine;

/// <summary>The files to lint, sorted ordinally by path, and problems met while looking for them.</summary>
/// <param name="Files">Each file once, sorted by <see cref="DiscoveredFile.Path"/>.</param>
/// <param name="Notifications">Folders that could not be listed (SR9201), sorted by path.</param>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<ToolDiagnostic> Notifications);
