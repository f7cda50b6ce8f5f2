using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Evaluation;

/// <summary>
/// A predictable analyzer for runner tests: every occurrence of a keyword is a finding of the
/// keyword's rule, so a test can say exactly which rows are flagged and at what severity.
/// </summary>
internal sealed class KeywordAnalyzer : IDocumentAnalyzer
{
    private readonly (string Keyword, RuleDescriptor Rule)[] _keywords;

    public KeywordAnalyzer(params (string Keyword, string RuleId, string Category, Severity Severity)[] keywords)
    {
        _keywords = keywords
            .Select(k => (k.Keyword, new RuleDescriptor
            {
                Id = k.RuleId,
                Name = "Keyword" + k.RuleId[2..],
                Title = k.Keyword,
                Category = k.Category,
                DefaultSeverity = k.Severity,
                MessageFormat = "'{match}' is a keyword.",
            }))
            .ToArray();
    }

    public IReadOnlyList<RuleDescriptor> Rules => _keywords.Select(k => k.Rule).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Diagnostic> Analyze(Document document, AnalysisOptions options)
    {
        var findings = new List<Diagnostic>();
        foreach (ProseBlock block in document.Blocks)
        {
            foreach ((string keyword, RuleDescriptor rule) in _keywords)
            {
                for (int at = block.Text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); at >= 0; at = block.Text.IndexOf(keyword, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(new Diagnostic
                    {
                        RuleId = rule.Id,
                        Severity = rule.DefaultSeverity,
                        DefaultSeverity = rule.DefaultSeverity,
                        Message = $"'{keyword}' is a keyword.",
                        Span = block.MapToSource(new TextSpan(at, keyword.Length)),
                        MatchedText = block.Text.Substring(at, keyword.Length),
                    });
                }
            }
        }

        return findings.OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
    }
}
