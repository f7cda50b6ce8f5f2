using BenchmarkDotNet.Attributes;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Benchmarks;

/// <summary>Decoding and the two readers over ~1 MB of each format.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private readonly MarkdownDocumentReader _markdown = new();
    private readonly PlainTextDocumentReader _plain = new();
    private byte[] _markdownBytes = [];
    private SourceText _markdownSource = null!;
    private SourceText _plainSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        string markdown = BenchmarkInputs.Text(".md", 1_000_000);
        _markdownBytes = System.Text.Encoding.UTF8.GetBytes(markdown);
        _markdownSource = new SourceText(markdown);
        _plainSource = new SourceText(BenchmarkInputs.Text(".txt", 1_000_000));
    }

    [Benchmark]
    public int Decode() => SourceText.FromBytes(_markdownBytes).Length;

    [Benchmark]
    public int ReadMarkdown() => _markdown.Read("sample.md", _markdownSource).Blocks.Count;

    [Benchmark]
    public int ReadPlainText() => _plain.Read("sample.txt", _plainSource).Blocks.Count;
}
