using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Engine;

/// <summary>The findings in one linted file.</summary>
/// <param name="Path">Relative to the run's root, forward slashes (how writers report it).</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="Source">The decoded text (BOM stripped) the spans refer to.</param>
/// <param name="Diagnostics">Findings sorted by span start, then rule ID.</param>
public sealed record FileResult(string Path, string FullPath, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics);
