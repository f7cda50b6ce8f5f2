using BenchmarkDotNet.Attributes;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Sarif;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Benchmarks;

/// <summary>The SARIF writer on a run of 20 files with findings, whole and streamed file by file.</summary>
[MemoryDiagnoser]
public class SarifBenchmarks
{
    private readonly SarifLogWriter _writer = new();
    private LintRunResult _run = null!;

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = BenchmarkInputs.Analyzer;
        string text = BenchmarkInputs.Text(".md", 400_000);
        var files = new List<FileResult>();
        for (int i = 0; i < 20; i++)
        {
            string slice = text.Substring(i * text.Length / 20, text.Length / 20);
            Document document = BenchmarkInputs.Read(slice, ".md");
            IReadOnlyList<Diagnostic> found = analyzer.Analyze(document, AnalysisOptions.Default);
            files.Add(new FileResult($"docs/file{i:D2}.md", $"/repo/docs/file{i:D2}.md", document.Source, found));
        }

        _run = new LintRunResult { RootDirectory = "/repo", Files = files, Rules = [.. analyzer.Rules] };
    }

    [Benchmark]
    public long WriteWholeRun()
    {
        using var output = new MemoryStream();
        _writer.Write(_run, output);
        return output.Length;
    }

    [Benchmark]
    public long WriteStreamed()
    {
        var results = new SarifResultStream(_run.RootDirectory, _run.Rules);
        foreach (FileResult file in _run.Files)
        {
            results.Add(file);
        }

        using var output = new MemoryStream();
        _writer.Write(_run with { Files = [] }, results, output);
        return output.Length;
    }
}
