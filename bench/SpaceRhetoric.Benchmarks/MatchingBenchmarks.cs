using BenchmarkDotNet.Attributes;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Benchmarks;

/// <summary>The tokenizer, the shared automaton, and the whole analyzer over ~1 MB of plain-text prose.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private readonly TokenBuffer _tokens = new();
    private readonly MatchScratch _scratch = new();
    private readonly List<RawMatch> _raw = [];
    private RuleAnalyzer _analyzer = null!;
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = BenchmarkInputs.Analyzer;
        _document = BenchmarkInputs.Read(BenchmarkInputs.Text(".txt", 1_000_000), ".txt");
    }

    [Benchmark]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (ProseBlock block in _document.Blocks)
        {
            Tokenizer.Tokenize(block.Text, _analyzer.Vocabulary, _tokens);
            tokens += _tokens.Count;
        }

        return tokens;
    }

    [Benchmark]
    public int TokenizeAndMatch()
    {
        int matches = 0;
        foreach (ProseBlock block in _document.Blocks)
        {
            Tokenizer.Tokenize(block.Text, _analyzer.Vocabulary, _tokens);
            _raw.Clear();
            _analyzer.Automaton.Match(_tokens, _scratch, _raw);
            matches += _raw.Count;
        }

        return matches;
    }

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_document, AnalysisOptions.Default).Count;
}
