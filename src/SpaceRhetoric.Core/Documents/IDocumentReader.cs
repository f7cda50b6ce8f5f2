using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>Turns one file format into prose blocks mapped back to source offsets.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, with the dot, lower case (<c>.md</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    Document Read(string path, SourceText source);
}
