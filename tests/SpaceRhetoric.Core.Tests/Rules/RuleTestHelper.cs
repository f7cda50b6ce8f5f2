using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Rules;

/// <summary>Builds documents, packs and expected spans for rule tests.</summary>
internal static class RuleTestHelper
{
    /// <summary>Vocabulary shared by most tests.</summary>
    public const string Terms = """
        termSets:
          humanity:
            description: Humanity as one actor.
            terms:
              - humanity
              - humankind
              - mankind
              - the human race
              - all (people|peoples|nations)
          stakeholder:
            terms:
              - member states
              - taxpayers
              - citizens of {country}
              - ESA
              - U.S. industry
          country:
            terms: [Japan, Germany, the United States]
          interests-differ:
            terms:
              - interests differ
              - not everyone benefits
          critical-framing:
            terms:
              - so-called
              - rhetoric of
              - claims to
        """;

    /// <summary>A document of one block whose text maps to itself.</summary>
    public static Document Doc(string text, ProseScope scope = ProseScope.Paragraph, string path = "doc.md") =>
        new(path, new SourceText(text), [Block(text, scope)]);

    public static ProseBlock Block(string text, ProseScope scope = ProseScope.Paragraph, int offset = 0, int section = 0) =>
        new(scope, text, [.. Enumerable.Range(offset, text.Length)], section);

    /// <summary>Strips <c>[|…|]</c> (or <c>[…]</c>) markers and returns the text and the marked spans.</summary>
    public static (string Text, List<TextSpan> Spans) Markup(string markup)
    {
        string normalized = markup.Replace("[|", "[", StringComparison.Ordinal).Replace("|]", "]", StringComparison.Ordinal);
        Assert.True(RuleExampleRunner.TryParseMarkup(normalized, out string text, out List<TextSpan> spans, out string? error), error);
        return (text, spans);
    }

    /// <summary>A pack from inline rule YAML files plus <see cref="Terms"/>.</summary>
    public static LoadedRulePack Pack(params string[] rules)
    {
        var files = new List<(string, string)> { ("test/terms.yaml", Terms) };
        for (int i = 0; i < rules.Length; i++)
        {
            files.Add(($"test/rule{i}.yaml", rules[i]));
        }

        return RulePackLoader.LoadSources(files);
    }

    /// <summary>A minimal rule with the given patterns and extra YAML lines.</summary>
    public static string Rule(string id, string patterns, string extra = "") => $"""
        id: {id}
        name: Rule{id[2..]}
        title: Test rule {id}
        category: universal-benefit
        severity: warning
        message: "'{"{match}"}' is a claim."
        patterns:
        {string.Join("\n", patterns.Split('\n').Select(p => "  - " + Quote(p)))}
        {extra}
        """;

    public static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static IReadOnlyList<Diagnostic> Analyze(LoadedRulePack pack, string text, AnalysisOptions? options = null, ProseScope scope = ProseScope.Paragraph) =>
        pack.Analyzer.Analyze(Doc(text, scope), options ?? AnalysisOptions.Default);

    /// <summary>Asserts that the findings of <paramref name="ruleId"/> in the marked text are exactly the marked spans.</summary>
    public static void AssertMatches(LoadedRulePack pack, string markup, string ruleId = "SR1001", AnalysisOptions? options = null)
    {
        (string text, List<TextSpan> spans) = Markup(markup);
        var actual = Analyze(pack, text, options).Where(d => d.RuleId == ruleId).Select(d => d.Span).ToList();
        Assert.True(spans.SequenceEqual(actual),
            $"Expected {Show(text, spans)} but got {Show(text, actual)} in: {text}");
    }

    private static string Show(string text, IEnumerable<TextSpan> spans) =>
        "[" + string.Join(", ", spans.Select(s => "'" + text.Substring(s.Start, s.Length) + "'")) + "]";

    public static ToolDiagnostic SingleError(Action load)
    {
        var ex = Assert.Throws<ToolDiagnosticException>(load);
        return Assert.Single(ex.Diagnostics);
    }
}
