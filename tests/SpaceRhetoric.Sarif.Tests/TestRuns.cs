using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Sarif.Tests;

/// <summary>Hand-built lint runs over a fixed, machine-independent root.</summary>
internal static class TestRuns
{
    public const string Root = "/work/project";

    public static readonly RuleDescriptor Humanity = new()
    {
        Id = "SR1001",
        Name = "BenefitOfAllHumanity",
        Title = "Unqualified claim of benefit to all humanity",
        Description = "The text claims that an activity benefits all of humanity without saying who actually benefits or admitting that interests differ.",
        Category = "universalism",
        DefaultSeverity = Severity.Warning,
        MessageFormat = "'{match}' claims a benefit for all humanity without saying who benefits.",
        HelpMarkdown = "# SR1001\r\n\r\nName who benefits: *citizens of ESA member states*, not *all humanity*.\r\n",
        Tags = ["universalism", "claims", "security"],
        Precision = "high",
    };

    public static readonly RuleDescriptor Unites = new()
    {
        Id = "SR1002",
        Name = "SpaceUnitesUs",
        Title = "Claim that space unites everyone",
        Category = "universalism",
        DefaultSeverity = Severity.Note,
        MessageFormat = "'{match}' asserts unity without naming the parties.",
        Precision = "medium",
    };

    public static readonly RuleDescriptor Mankind = new()
    {
        Id = "SR1003",
        Name = "SharedFutureForMankind",
        Title = "Shared future for mankind",
        Description = "A shared future is claimed for mankind as a whole.",
        Category = "collective-destiny",
        DefaultSeverity = Severity.Error,
        MessageFormat = "'{match}' claims a shared future without qualification.",
        HelpUri = "https://example.org/rules/SR1003",
        Tags = ["destiny"],
        Precision = "very-high",
    };

    public static IReadOnlyList<RuleDescriptor> AllRules => [Humanity, Unites, Mankind];

    public static LintRunResult Run(IReadOnlyList<FileResult> files, Func<LintRunResult, LintRunResult>? adjust = null)
    {
        var run = new LintRunResult { RootDirectory = Root, Files = files, Rules = AllRules };
        return adjust is null ? run : adjust(run);
    }

    public static FileResult File(string path, SourceText source, params Diagnostic[] diagnostics) =>
        new(path, $"{Root}/{path}", source, diagnostics);

    /// <summary>A finding on the first occurrence of <paramref name="match"/> (at or after <paramref name="from"/>).</summary>
    public static Diagnostic Finding(SourceText source, RuleDescriptor rule, string match, Severity? severity = null, int from = 0, bool withSentence = true)
    {
        int start = source.Text.IndexOf(match, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{match}' is not in the test text");
        var span = new TextSpan(start, match.Length);
        string folded = FoldLines(match);
        TextSpan? sentence = withSentence ? SentenceAround(source.Text, span) : null;
        return new Diagnostic
        {
            RuleId = rule.Id,
            Severity = severity ?? rule.DefaultSeverity,
            DefaultSeverity = rule.DefaultSeverity,
            Message = rule.MessageFormat.Replace("{match}", folded, StringComparison.Ordinal),
            Span = span,
            MatchedText = folded,
            ContextSpan = sentence,
            ContextText = sentence is { } s ? FoldLines(source.ToString(s)) : null,
            Properties = new Dictionary<string, string> { ["scope"] = "paragraph", ["absentQualifiers"] = "beneficiary" },
        };
    }

    private static string FoldLines(string text) =>
        string.Join(' ', text.Split(['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static TextSpan SentenceAround(string text, TextSpan span)
    {
        string before = text[..span.Start];
        int start = new[] { before.LastIndexOf('.'), before.LastIndexOf("\n\n", StringComparison.Ordinal), before.LastIndexOf("\n\r\n", StringComparison.Ordinal) }.Max() + 1;

        while (start < span.Start && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = span.End;
        while (end < text.Length && text[end] != '.')
        {
            end++;
        }

        return TextSpan.FromBounds(start, Math.Min(text.Length, end + 1));
    }
}
