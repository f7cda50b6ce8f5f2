using System.Diagnostics.CodeAnalysis;
using SpaceRhetoric.Documents;

namespace SpaceRhetoric.Engine;

/// <summary>Finds the reader for a file by its name, e.g. <c>DocumentReaders.Default.TryGetReader</c>.</summary>
public delegate bool ReaderLookup(string path, [NotNullWhen(true)] out IDocumentReader? reader);
