using System.Text;
using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Configuration;

/// <summary>
/// Builds a document and its findings from markup: <c>{|SR1001:text|}</c> marks a finding of SR1001 on
/// <c>text</c>; HTML comments become <see cref="SourceComment"/>s with the spans a Markdown reader gives.
/// </summary>
internal sealed partial class DocumentBuilder
{
    private DocumentBuilder(Document document, IReadOnlyList<Diagnostic> findings)
    {
        Document = document;
        Findings = findings;
    }

    public Document Document { get; }

    public IReadOnlyList<Diagnostic> Findings { get; }

    public static DocumentBuilder Parse(string markup, string path = "doc.md")
    {
        var text = new StringBuilder();
        var findings = new List<Diagnostic>();
        int last = 0;
        foreach (Match m in FindingMarkup().Matches(markup))
        {
            text.Append(markup, last, m.Index - last);
            string matched = m.Groups["text"].Value;
            findings.Add(Finding(m.Groups["id"].Value, text.Length, matched));
            text.Append(matched);
            last = m.Index + m.Length;
        }

        text.Append(markup, last, markup.Length - last);
        string source = text.ToString();
        var comments = CommentPattern().Matches(source)
            .Select(c => new SourceComment(new TextSpan(c.Index, c.Length), c.Groups[1].Value.Trim()))
            .ToList();
        return new DocumentBuilder(new Document(path, new SourceText(source), [], comments), findings);
    }

    /// <summary>A finding on <paramref name="matched"/> (source text); like an analyzer's, its text folds line breaks to spaces.</summary>
    public static Diagnostic Finding(string ruleId, int start, string matched)
    {
        string reads = string.Join(' ', matched.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new()
        {
            RuleId = ruleId,
            Severity = Severity.Warning,
            DefaultSeverity = Severity.Warning,
            Message = $"'{reads}' is a claim.",
            Span = new TextSpan(start, matched.Length),
            MatchedText = reads,
        };
    }

    [GeneratedRegex(@"\{\|(?<id>SR\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex FindingMarkup();

    [GeneratedRegex(@"<!--(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();
}
