using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Rules;

/// <summary>
/// Runs rule examples as tests: each example is its own one-block document, analysed with only its
/// rule enabled (at its default severity). A flagged example must give exactly the findings marked
/// with <c>[ ]</c>; a passing example must give none.
/// </summary>
public static class RuleExampleRunner
{
    /// <summary>Runs every example of <paramref name="pack"/>.</summary>
    public static RuleExampleReport Run(LoadedRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var results = pack.Examples.Select(e => Run(pack, e)).ToList();
        var withExamples = new List<string>();
        var without = new List<string>();
        foreach (RuleDescriptor rule in pack.Analyzer.Rules)
        {
            bool flagged = pack.Examples.Any(e => e.RuleId == rule.Id && e.Kind == RuleExampleKind.Flagged);
            bool passing = pack.Examples.Any(e => e.RuleId == rule.Id && e.Kind == RuleExampleKind.Passing);
            (flagged && passing ? withExamples : without).Add(rule.Id);
        }

        return new RuleExampleReport(results, withExamples, without);
    }

    /// <summary>Runs one example.</summary>
    public static RuleExampleResult Run(LoadedRulePack pack, RuleExample example)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(example);
        if (!TryParseMarkup(example.Text, out string text, out List<TextSpan> expectedSpans, out string? markupError))
        {
            return new RuleExampleResult(example, false, [], [], markupError);
        }

        if (example.Kind == RuleExampleKind.Passing)
        {
            expectedSpans.Clear();
        }

        ProseScope scope = ProseScope.Paragraph;
        if (pack.Analyzer is RuleAnalyzer compiled && compiled.CompiledRules.FirstOrDefault(r => r.Descriptor.Id == example.RuleId) is { } rule
            && (rule.Scopes & ProseScope.Paragraph) == 0)
        {
            // A rule limited to, say, headings is tried in the first scope it accepts.
            scope = (ProseScope)((int)rule.Scopes & -(int)rule.Scopes);
        }

        var block = new ProseBlock(scope, text, [.. Enumerable.Range(0, text.Length)]);
        var document = new Document(example.SourcePath, new SourceText(text), [block]);
        var options = new AnalysisOptions
        {
            SeverityResolver = d => d.Id == example.RuleId
                ? (d.DefaultSeverity == Severity.None ? Severity.Warning : d.DefaultSeverity)
                : Severity.None,
        };

        var findings = pack.Analyzer.Analyze(document, options).Where(d => d.RuleId == example.RuleId).ToList();
        List<string> expected = [.. expectedSpans.Select(s => text.Substring(s.Start, s.Length))];
        List<string> actual = [.. findings.Select(f => text.Substring(f.Span.Start, f.Span.Length))];
        bool passed = findings.Select(f => f.Span).SequenceEqual(expectedSpans);
        string? failure = null;
        if (!passed)
        {
            failure = example.Kind == RuleExampleKind.Passing
                ? $"expected no finding, got {Describe(actual)}"
                : $"expected {Describe(expected)}, got {Describe(actual)}";
        }

        return new RuleExampleResult(example, passed, expected, actual, failure);
    }

    private static string Describe(IReadOnlyList<string> spans) =>
        spans.Count == 0 ? "none" : string.Join(", ", spans.Select(s => $"[{s}]"));

    /// <summary>Removes <c>[ ]</c> markers, returning the plain text and the marked spans in it.</summary>
    internal static bool TryParseMarkup(string markup, out string text, out List<TextSpan> spans, out string? error)
    {
        var sb = new System.Text.StringBuilder(markup.Length);
        spans = [];
        error = null;
        int open = -1;
        foreach (char c in markup)
        {
            if (c == '[')
            {
                if (open >= 0)
                {
                    error = "nested '[' in the example markup";
                    break;
                }

                open = sb.Length;
            }
            else if (c == ']')
            {
                if (open < 0)
                {
                    error = "']' without '[' in the example markup";
                    break;
                }

                spans.Add(TextSpan.FromBounds(open, sb.Length));
                open = -1;
            }
            else
            {
                sb.Append(c);
            }
        }

        if (error is null && open >= 0)
        {
            error = "'[' without ']' in the example markup";
        }

        text = sb.ToString();
        return error is null;
    }
}
