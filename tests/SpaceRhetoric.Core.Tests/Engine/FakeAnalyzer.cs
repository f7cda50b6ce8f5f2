using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Engine;

/// <summary>
/// Reports SR1001 for every "humanity" and SR1002 for every "unite", in reverse order so that the
/// engine's sorting is exercised; optionally sleeps a random time per document.
/// </summary>
internal sealed partial class FakeAnalyzer : IDocumentAnalyzer
{
    private readonly int _maxDelayMs;
    private readonly Random _random = new(1234);

    public FakeAnalyzer(int maxDelayMs = 0)
    {
        _maxDelayMs = maxDelayMs;
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        Descriptor("SR1001", "Humanity", Severity.Warning),
        Descriptor("SR1002", "Unite", Severity.Error),
        Descriptor("SR1003", "Disabled", Severity.None),
    ];

    public IReadOnlyList<Diagnostic> Analyze(Document document, AnalysisOptions options)
    {
        if (_maxDelayMs > 0)
        {
            int delay;
            lock (_random)
            {
                delay = _random.Next(_maxDelayMs);
            }

            Thread.Sleep(delay);
        }

        var found = new List<Diagnostic>();
        foreach (ProseBlock block in document.Blocks)
        {
            foreach (Match m in Words().Matches(block.Text))
            {
                string id = m.Value.Equals("humanity", StringComparison.OrdinalIgnoreCase) ? "SR1001" : "SR1002";
                RuleDescriptor rule = Rules.First(r => r.Id == id);
                Severity severity = options.SeverityResolver?.Invoke(rule) ?? rule.DefaultSeverity;
                if (severity == Severity.None)
                {
                    options.Explain?.Invoke(new ExplainEntry(document.Path, m.Index, id, m.Value, "disabled"));
                    continue;
                }

                found.Add(new Diagnostic
                {
                    RuleId = id,
                    Severity = severity,
                    DefaultSeverity = rule.DefaultSeverity,
                    Message = $"'{m.Value}' found.",
                    Span = block.MapToSource(new TextSpan(m.Index, m.Length)),
                    MatchedText = m.Value,
                });
            }
        }

        found.Reverse();
        return found;
    }

    private static RuleDescriptor Descriptor(string id, string name, Severity severity) => new()
    {
        Id = id,
        Name = name,
        Title = name,
        Category = "test",
        DefaultSeverity = severity,
        MessageFormat = "'{match}' found.",
    };

    [GeneratedRegex(@"\b(humanity|unite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
