using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Benchmarks;

/// <summary>
/// Inputs shared by the benchmarks: a sample of the shared corpus when it sits beside the repository
/// (<c>../shared/bench/corpus</c>), otherwise generated prose with a claim every few paragraphs.
/// </summary>
internal static class BenchmarkInputs
{
    private static readonly Lazy<RuleAnalyzer> s_analyzer = new(() => (RuleAnalyzer)RulePackLoader.Load(true, []).Analyzer);

    public static RuleAnalyzer Analyzer => s_analyzer.Value;

    /// <summary>About <paramref name="bytes"/> of text of one kind (<c>.md</c> or <c>.txt</c>).</summary>
    public static string Text(string extension, int bytes)
    {
        string? corpus = FindCorpus();
        if (corpus is not null)
        {
            var sample = new System.Text.StringBuilder();
            foreach (string file in Directory.EnumerateFiles(corpus, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sample.Append(File.ReadAllText(file)).Append("\n\n");
                if (sample.Length >= bytes)
                {
                    break;
                }
            }

            return sample.ToString();
        }

        return Generated(extension, bytes);
    }

    public static Document Read(string text, string extension)
    {
        DocumentReaders.Default.TryGetReader("sample" + extension, out IDocumentReader? reader);
        return reader!.Read("sample" + extension, new SourceText(text));
    }

    private static string Generated(string extension, int bytes)
    {
        string[] paragraphs =
        [
            "The mission will study the upper atmosphere for three years, with data released to partner universities.",
            "For the benefit of all humanity, the station opens its doors to every nation on Earth.",
            "Launch operations are run by the agency; the payload was integrated in Toulouse by industrial partners.",
            "Space unites us all, the minister said, in a speech that named no one who would pay for it.",
        ];
        var text = new System.Text.StringBuilder();
        for (int i = 0; text.Length < bytes; i++)
        {
            if (extension == ".md" && i % 7 == 0)
            {
                text.Append("## Section ").Append(i).Append("\n\n");
            }

            text.Append(paragraphs[i % paragraphs.Length]).Append("\n\n");
        }

        return text.ToString();
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "bench", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
