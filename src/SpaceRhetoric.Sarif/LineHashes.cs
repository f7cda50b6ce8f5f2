using Microsoft.CodeAnalysis.Sarif;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c> for the lines of one file: Sarif.Sdk's port of codeql-action's
/// rolling hash, which reproduces codeql-action's own test vectors.
/// </summary>
internal sealed class LineHashes
{
    private readonly Dictionary<int, string> _byLine;

    public LineHashes(SourceText source)
    {
        // GitHub hashes the file as Node decodes it, where a UTF-8 BOM survives as U+FEFF on line 1.
        string text = source.HadByteOrderMark ? "\uFEFF" + source.Text : source.Text;
        _byLine = HashUtilities.RollingHash(text);
    }

    /// <summary>The hash of a 1-based line, <c>&lt;hex&gt;:&lt;occurrence&gt;</c>.</summary>
    public string? ForLine(int line) => _byLine.TryGetValue(line, out string? hash) ? hash : null;
}
