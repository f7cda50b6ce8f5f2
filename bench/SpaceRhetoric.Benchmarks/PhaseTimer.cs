using System.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Rules.Matching;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Benchmarks;

/// <summary>Single-thread time per pipeline stage over a folder: decode, read (per format), tokenise, match, analyse.</summary>
internal static class PhaseTimer
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: phases DIR [ROUNDS]");
            return 2;
        }

        int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var files = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
            .Where(f => DocumentReaders.Default.TryGetReader(f, out _))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Bytes: File.ReadAllBytes(f)))
            .ToList();
        var analyzer = (RuleAnalyzer)RulePackLoader.Load(true, []).Analyzer;
        for (int round = 1; round <= rounds; round++)
        {
            var times = new Dictionary<string, (TimeSpan Time, long Bytes)>();
            void Add(string phase, TimeSpan t, long bytes)
            {
                (TimeSpan time, long b) = times.GetValueOrDefault(phase);
                times[phase] = (time + t, b + bytes);
            }

            var tokens = new TokenBuffer();
            var scratch = new MatchScratch();
            var raw = new List<RawMatch>();
            int findings = 0;
            foreach ((string path, byte[] bytes) in files)
            {
                long t0 = Stopwatch.GetTimestamp();
                SourceText source = SourceText.FromBytes(bytes);
                long t1 = Stopwatch.GetTimestamp();
                DocumentReaders.Default.TryGetReader(path, out IDocumentReader? reader);
                Document document = reader!.Read(path, source);
                long t2 = Stopwatch.GetTimestamp();
                foreach (ProseBlock block in document.Blocks)
                {
                    Tokenizer.Tokenize(block.Text, analyzer.Vocabulary, tokens);
                }

                long t3 = Stopwatch.GetTimestamp();
                foreach (ProseBlock block in document.Blocks)
                {
                    Tokenizer.Tokenize(block.Text, analyzer.Vocabulary, tokens);
                    raw.Clear();
                    analyzer.Automaton.Match(tokens, scratch, raw);
                }

                long t4 = Stopwatch.GetTimestamp();
                findings += analyzer.Analyze(document, AnalysisOptions.Default).Count;
                long t5 = Stopwatch.GetTimestamp();
                string kind = reader is MarkdownDocumentReader ? "markdown" : "text";
                Add("decode", Stopwatch.GetElapsedTime(t0, t1), bytes.Length);
                Add("read " + kind, Stopwatch.GetElapsedTime(t1, t2), bytes.Length);
                Add("tokenise", Stopwatch.GetElapsedTime(t2, t3), bytes.Length);
                Add("tokenise+match", Stopwatch.GetElapsedTime(t3, t4), bytes.Length);
                Add("analyse (all)", Stopwatch.GetElapsedTime(t4, t5), bytes.Length);
            }

            Console.WriteLine($"round {round}: {findings} findings, {analyzer.Automaton.DfaStateCount} DFA states");
            foreach ((string phase, (TimeSpan time, long bytes)) in times)
            {
                Console.WriteLine($"  {phase,-16} {time.TotalMilliseconds,8:F0} ms  {bytes / 1e6 / time.TotalSeconds,7:F1} MB/s");
            }
        }

        return 0;
    }
}
