using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Configuration;

/// <summary>One entry of <c>overrides:</c>: severities that apply to files matching <see cref="Files"/>.</summary>
/// <param name="Files">Globs relative to the config file's folder.</param>
/// <param name="Severity">Rule ID, <c>category:&lt;name&gt;</c> or <c>*</c> → severity.</param>
/// <param name="Index">0-based position in the list, used to name the entry in messages.</param>
public sealed record ConfigOverride(IReadOnlyList<string> Files, IReadOnlyDictionary<string, Severity> Severity, int Index);
