using System.Diagnostics.CodeAnalysis;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Engine;

/// <summary>Reads a whole file as one prose block; handles .md and .txt.</summary>
internal sealed class FakeReader : IDocumentReader
{
    public static readonly FakeReader Instance = new();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".txt"];

    public static ReaderLookup Lookup => TryGetReader;

    public static bool TryGetReader(string path, [NotNullWhen(true)] out IDocumentReader? reader)
    {
        reader = Instance.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()) ? Instance : null;
        return reader is not null;
    }

    public Document Read(string path, SourceText source)
    {
        int[] offsets = Enumerable.Range(0, source.Length).ToArray();
        return new Document(path, source, [new ProseBlock(ProseScope.Text, source.Text, offsets)]);
    }
}
