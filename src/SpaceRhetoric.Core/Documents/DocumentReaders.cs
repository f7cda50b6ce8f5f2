using System.Diagnostics.CodeAnalysis;

namespace SpaceRhetoric.Documents;

/// <summary>Picks the reader for a file by its extension, ignoring case.</summary>
/// <example><c>DocumentReaders.Default.TryGetReader("docs/Speech.MD", out var reader)</c> gives the Markdown reader.</example>
public sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IDocumentReader>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="readers">Readers in priority order: the first to claim an extension keeps it.</param>
    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var list = new List<IDocumentReader>();
        var extensions = new List<string>();
        foreach (IDocumentReader reader in readers)
        {
            list.Add(reader);
            foreach (string extension in reader.Extensions)
            {
                if (_byExtension.TryAdd(extension, reader))
                {
                    extensions.Add(extension.ToLowerInvariant());
                }
            }
        }

        Readers = list;
        Extensions = extensions;
        _lookup = _byExtension.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>) and plain text (<c>.txt</c>).</summary>
    public static DocumentReaders Default { get; } = new([new MarkdownDocumentReader(), new PlainTextDocumentReader()]);

    /// <summary>The extensions <see cref="Default"/> reads: <c>.md</c>, <c>.markdown</c>, <c>.txt</c>.</summary>
    public static IReadOnlyList<string> DefaultExtensions => Default.Extensions;

    public IReadOnlyList<IDocumentReader> Readers { get; }

    /// <summary>Every extension handled, with the dot, lower case, in reader order.</summary>
    public IReadOnlyList<string> Extensions { get; }

    public bool TryGetReader(string path, [NotNullWhen(true)] out IDocumentReader? reader)
    {
        ArgumentNullException.ThrowIfNull(path);
        ReadOnlySpan<char> extension = Path.GetExtension(path.AsSpan());
        if (extension.IsEmpty)
        {
            reader = null;
            return false;
        }

        return _lookup.TryGetValue(extension, out reader);
    }
}
