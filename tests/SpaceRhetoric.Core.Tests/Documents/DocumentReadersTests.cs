using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

public class DocumentReadersTests
{
    [Theory]
    [InlineData("speech.md", typeof(MarkdownDocumentReader))]
    [InlineData("docs/Policy.MD", typeof(MarkdownDocumentReader))]
    [InlineData("docs/press.release.Markdown", typeof(MarkdownDocumentReader))]
    [InlineData("notes/Draft.TXT", typeof(PlainTextDocumentReader))]
    [InlineData("C:\\drafts\\a.txt", typeof(PlainTextDocumentReader))]
    public void TryGetReader_FindsTheReaderByExtensionIgnoringCase(string path, Type expected)
    {
        Assert.True(DocumentReaders.Default.TryGetReader(path, out IDocumentReader? reader));
        Assert.IsType(expected, reader);
    }

    [Theory]
    [InlineData("README")]
    [InlineData("notes.rst")]
    [InlineData("speech.md.bak")]
    [InlineData("folder.md/")]
    [InlineData("")]
    public void TryGetReader_RefusesOtherFiles(string path)
    {
        Assert.False(DocumentReaders.Default.TryGetReader(path, out IDocumentReader? reader));
        Assert.Null(reader);
    }

    [Fact]
    public void DefaultExtensions_AreMarkdownThenText()
    {
        Assert.Equal([".md", ".markdown", ".txt"], DocumentReaders.DefaultExtensions);
        Assert.Equal(DocumentReaders.DefaultExtensions, DocumentReaders.Default.Extensions);
        Assert.Equal(2, DocumentReaders.Default.Readers.Count);
    }

    [Fact]
    public void FirstReaderToClaimAnExtensionKeepsIt()
    {
        var plain = new PlainTextDocumentReader();
        var readers = new DocumentReaders([plain, new TextAsMarkdownReader()]);

        Assert.True(readers.TryGetReader("a.TXT", out IDocumentReader? reader));
        Assert.Same(plain, reader);
        Assert.True(readers.TryGetReader("a.text", out IDocumentReader? other));
        Assert.IsType<TextAsMarkdownReader>(other);
        Assert.Equal([".txt", ".text"], readers.Extensions);
    }

    private sealed class TextAsMarkdownReader : IDocumentReader
    {
        private readonly MarkdownDocumentReader _inner = new();

        public IReadOnlyList<string> Extensions { get; } = [".TXT", ".Text"];

        public Document Read(string path, SourceText source) => _inner.Read(path, source);
    }
}
