using SpaceRhetoric.Documents;

namespace SpaceRhetoric.Engine;

/// <summary>A file the run will lint.</summary>
/// <param name="Path">Relative to the root with forward slashes, or an absolute <c>file://</c> URI when outside the root.</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="Reader">The reader for its format.</param>
public sealed record DiscoveredFile(string Path, string FullPath, IDocumentReader Reader);
