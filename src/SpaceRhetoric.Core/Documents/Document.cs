using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>A file read by a format reader: its source text, its prose blocks in source order, its comments.</summary>
public sealed class Document
{
    public Document(string path, SourceText source, IReadOnlyList<ProseBlock> blocks, IReadOnlyList<SourceComment>? comments = null)
    {
        Path = path;
        Source = source;
        Blocks = blocks;
        Comments = comments ?? [];
    }

    /// <summary>The path as reported (relative to the root, forward slashes).</summary>
    public string Path { get; }

    public SourceText Source { get; }

    public IReadOnlyList<ProseBlock> Blocks { get; }

    public IReadOnlyList<SourceComment> Comments { get; }
}
