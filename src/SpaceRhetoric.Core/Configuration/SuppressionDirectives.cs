using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Applies in-document suppression comments to a document's findings:
/// <c>spacerhetoric-disable [IDs] [-- reason]</c> … <c>spacerhetoric-enable [IDs]</c>,
/// <c>spacerhetoric-disable-next-line [IDs] [-- reason]</c> and <c>spacerhetoric-disable-line [IDs] [-- reason]</c>.
/// No IDs means every rule; IDs are separated by commas or spaces and may name a category
/// (<c>category:unity-claim</c>). Suppressed findings are kept, marked <c>inSource</c> with the reason.
/// A directive that suppresses nothing is reported as SR9203 (like ESLint's unused-disable report);
/// a malformed one as SR9204. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// &lt;!-- spacerhetoric-disable-next-line SR1001 -- quoted from the 1967 treaty for analysis --&gt;
/// The exploration of outer space shall be carried out for the benefit of all countries.
/// </code>
/// </example>
public sealed class SuppressionDirectives
{
    public const string Prefix = "spacerhetoric";
    public const string Disable = "spacerhetoric-disable";
    public const string Enable = "spacerhetoric-enable";
    public const string DisableNextLine = "spacerhetoric-disable-next-line";
    public const string DisableLine = "spacerhetoric-disable-line";

    /// <summary>The <see cref="Suppression.Kind"/> given to findings a comment suppresses (SARIF <c>inSource</c>).</summary>
    public const string InSourceKind = "inSource";

    private static readonly IReadOnlyList<string> Verbs = [Disable, Enable, DisableNextLine, DisableLine];

    private static readonly string HelpUri = ProductInfo.InformationUri + "/blob/main/docs/configuration.md#silencing-a-finding-in-the-document";

    /// <summary>Describes SR9203 findings, for a run's rule list (SARIF <c>rules</c>) when any are reported.</summary>
    public static RuleDescriptor UnusedSuppressionRule { get; } = new()
    {
        Id = ToolDiagnosticIds.UnusedSuppression,
        Name = "UnusedSuppression",
        Title = "Suppression comment suppresses nothing",
        Description = "A spacerhetoric-disable comment, or one of the rules it names, silenced no finding; remove it so stale suppressions do not hide future claims.",
        Category = "suppression",
        DefaultSeverity = Severity.Warning,
        MessageFormat = "Unused suppression: '{directive}' suppresses no finding.",
        HelpUri = HelpUri,
    };

    /// <summary>Describes SR9204 findings, for a run's rule list (SARIF <c>rules</c>) when any are reported.</summary>
    public static RuleDescriptor InvalidSuppressionRule { get; } = new()
    {
        Id = ToolDiagnosticIds.InvalidSuppression,
        Name = "InvalidSuppression",
        Title = "Malformed suppression comment",
        Description = "A comment starting with spacerhetoric- is not a known directive, or names something that is not a loaded rule or category; it suppresses nothing.",
        Category = "suppression",
        DefaultSeverity = Severity.Warning,
        MessageFormat = "Invalid suppression directive: {problem}.",
        HelpUri = HelpUri,
    };

    private readonly Dictionary<string, string> _categoryByRule = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _knowsRules;

    /// <param name="rules">The loaded rules, to resolve categories and reject unknown IDs; null accepts any well-formed ID.</param>
    public SuppressionDirectives(IEnumerable<RuleDescriptor>? rules = null)
    {
        if (rules is null)
        {
            return;
        }

        _knowsRules = true;
        foreach (RuleDescriptor rule in rules)
        {
            _categoryByRule[rule.Id] = rule.Category;
            _categories.Add(rule.Category);
        }
    }

    /// <summary>
    /// Returns <paramref name="findings"/> with suppressed ones marked, plus SR9203 reports for unused directives
    /// (unless <paramref name="unusedSeverity"/> is <see cref="Severity.None"/>) and SR9204 reports for malformed ones,
    /// sorted by span start, then rule ID.
    /// </summary>
    public IReadOnlyList<Diagnostic> Apply(Document doc, IReadOnlyList<Diagnostic> findings, Severity unusedSeverity)
    {
        var result = new List<Diagnostic>(findings.Count);
        var directives = new List<Directive>();
        foreach (SourceComment comment in doc.Comments)
        {
            if (Parse(doc, comment, result) is { } directive)
            {
                directives.Add(directive);
            }
        }

        if (directives.Count == 0)
        {
            if (result.Count == 0)
            {
                return findings;
            }

            result.AddRange(findings);
            return Sorted(result);
        }

        directives.Sort((a, b) => a.Comment.Span.Start.CompareTo(b.Comment.Span.Start));
        foreach (Diagnostic finding in findings)
        {
            result.Add(finding.Suppression is null ? Suppress(doc, finding, directives) : finding);
        }

        if (unusedSeverity != Severity.None)
        {
            foreach (Directive directive in directives)
            {
                if (directive.Verb != Enable && Unused(directive) is { } message)
                {
                    result.Add(Report(doc, directive.Comment, ToolDiagnosticIds.UnusedSuppression, unusedSeverity, message));
                }
            }
        }

        return Sorted(result);
    }

    private Diagnostic Suppress(Document doc, Diagnostic finding, List<Directive> directives)
    {
        int offset = Math.Min(finding.Span.Start, doc.Source.Length);
        int line = doc.Source.GetLinePosition(offset).Line;
        Directive? byBlock = null;
        string? blockKey = null;
        var byLine = new List<(Directive Directive, string Key)>();
        foreach (Directive directive in directives)
        {
            string? key = MatchKey(directive, finding.RuleId);
            if (key is null)
            {
                continue;
            }

            if (directive.Verb is DisableLine or DisableNextLine)
            {
                if (line >= directive.FirstLine && line <= directive.LastLine)
                {
                    byLine.Add((directive, key));
                }
            }
            else if (directive.Comment.Span.End <= offset)
            {
                // Replaying disable/enable in order leaves the directive in force at the finding, if any.
                (byBlock, blockKey) = directive.Verb == Disable ? (directive, key) : (null, null);
            }
        }

        if (byBlock is not null)
        {
            byLine.Add((byBlock, blockKey!));
        }

        if (byLine.Count == 0)
        {
            return finding;
        }

        foreach (var (directive, key) in byLine)
        {
            directive.Used.Add(key);
        }

        return finding with { Suppression = new Suppression(InSourceKind, byLine[0].Directive.Reason) };
    }

    /// <summary>Which of the directive's entries covers the rule: the ID or category as written, "*" for all, or null.</summary>
    private string? MatchKey(Directive directive, string ruleId)
    {
        if (directive.Ids.Count == 0)
        {
            return "*";
        }

        foreach (string id in directive.Ids)
        {
            if (id.StartsWith(ConfigLoader.CategoryPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (_categoryByRule.TryGetValue(ruleId, out string? category)
                    && category.Equals(id[ConfigLoader.CategoryPrefix.Length..], StringComparison.OrdinalIgnoreCase))
                {
                    return id;
                }
            }
            else if (id.Equals(ruleId, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return null;
    }

    private static string? Unused(Directive directive)
    {
        if (directive.Ids.Count == 0)
        {
            return directive.Used.Count == 0
                ? $"Unused suppression: '{directive.Verb}' suppresses no finding; remove it."
                : null;
        }

        string[] unused = [.. directive.Ids.Where(id => !directive.Used.Contains(id))];
        return unused.Length == 0
            ? null
            : $"Unused suppression: '{directive.Verb}' suppresses no finding of {string.Join(", ", unused)}; remove {(unused.Length == 1 ? "it" : "them")}.";
    }

    private Directive? Parse(Document doc, SourceComment comment, List<Diagnostic> reports)
    {
        string content = comment.Content;
        int firstSpace = IndexOfWhiteSpace(content);
        string verb = firstSpace < 0 ? content : content[..firstSpace];
        if (!verb.StartsWith(Prefix + "-", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string lowerVerb = verb.ToLowerInvariant();
        if (!Verbs.Contains(lowerVerb))
        {
            reports.Add(Report(doc, comment, ToolDiagnosticIds.InvalidSuppression, Severity.Warning,
                $"Unknown suppression directive '{verb}'.{DidYouMean.Suffix(lowerVerb, Verbs)} Use one of {string.Join(", ", Verbs)}."));
            return null;
        }

        string rest = firstSpace < 0 ? string.Empty : content[firstSpace..];
        string? reason = null;
        int dashes = FindReasonSeparator(rest);
        if (dashes >= 0)
        {
            reason = rest[(dashes + 2)..].Trim();
            reason = reason.Length == 0 ? null : string.Join(' ', reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            rest = rest[..dashes];
        }

        var ids = new List<string>();
        var problems = new List<string>();
        foreach (string token in rest.Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ConfigLoader.RuleIdPattern().IsMatch(token.ToUpperInvariant()))
            {
                string id = token.ToUpperInvariant();
                if (_knowsRules && !_categoryByRule.ContainsKey(id))
                {
                    string? closest = DidYouMean.Closest(id, _categoryByRule.Keys.Order(StringComparer.Ordinal));
                    problems.Add($"no loaded rule has ID '{id}'" + (closest is null ? string.Empty : $" (did you mean '{closest}'?)"));
                }

                ids.Add(id);
            }
            else if (ConfigLoader.CategoryKeyPattern().IsMatch(token.ToLowerInvariant()))
            {
                string category = token.ToLowerInvariant();
                if (_knowsRules && !_categories.Contains(category[ConfigLoader.CategoryPrefix.Length..]))
                {
                    problems.Add($"no loaded rule has category '{category[ConfigLoader.CategoryPrefix.Length..]}'");
                }

                ids.Add(category);
            }
            else
            {
                problems.Add($"'{token}' is not a rule ID (SR1001) or category (category:unity-claim)");
            }
        }

        if (problems.Count > 0)
        {
            // A directive with a bad ID is ignored whole: dropping the ID could widen it to every rule.
            string text = string.Join("; ", problems);
            reports.Add(Report(doc, comment, ToolDiagnosticIds.InvalidSuppression, Severity.Warning,
                $"Invalid suppression directive: {char.ToUpperInvariant(text[0])}{text[1..]}."));
            return null;
        }

        var directive = new Directive(comment, lowerVerb, ids.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), reason);
        if (lowerVerb is DisableLine or DisableNextLine)
        {
            SourceText source = doc.Source;
            int first = source.GetLinePosition(Math.Min(comment.Span.Start, source.Length)).Line;
            int last = source.GetLinePosition(Math.Min(Math.Max(comment.Span.Start, comment.Span.End - 1), source.Length)).Line;
            if (lowerVerb == DisableNextLine)
            {
                int next = last + 1;
                while (next < source.LineCount && !HoldsProse(doc, next))
                {
                    next++;
                }

                (first, last) = next < source.LineCount ? (next, next) : (-1, -1);
            }

            directive.FirstLine = first;
            directive.LastLine = last;
        }

        return directive;
    }

    /// <summary>False for a blank line, a block-quote marker alone, or a line that is only comments.</summary>
    private static bool HoldsProse(Document doc, int line)
    {
        TextSpan span = doc.Source.GetLineSpan(line);
        string text = doc.Source.ToString(span);
        int start = 0;
        int end = text.Length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '>'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        var content = TextSpan.FromBounds(span.Start + start, span.Start + end);
        int covered = content.Start;
        foreach (SourceComment comment in doc.Comments.OrderBy(c => c.Span.Start))
        {
            if (comment.Span.End <= covered)
            {
                continue;
            }

            if (comment.Span.Start > covered)
            {
                string between = doc.Source.Text[covered..Math.Min(comment.Span.Start, content.End)];
                if (!string.IsNullOrWhiteSpace(between))
                {
                    return true;
                }
            }

            covered = comment.Span.End;
            if (covered >= content.End)
            {
                return false;
            }
        }

        return covered < content.End;
    }

    private static int FindReasonSeparator(string rest)
    {
        for (int i = rest.IndexOf("--", StringComparison.Ordinal); i >= 0; i = rest.IndexOf("--", i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || char.IsWhiteSpace(rest[i - 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static Diagnostic Report(Document doc, SourceComment comment, string id, Severity severity, string message) => new()
    {
        RuleId = id,
        Severity = severity,
        DefaultSeverity = Severity.Warning,
        Message = message,
        Span = comment.Span,
        MatchedText = comment.Span.End <= doc.Source.Length ? doc.Source.ToString(comment.Span) : comment.Content,
    };

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics)
    {
        // List.Sort is unstable; the index keeps findings at one position in their original order.
        return [.. diagnostics.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.Start)
            .ThenBy(x => x.d.RuleId, StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
    }

    private sealed class Directive(SourceComment comment, string verb, List<string> ids, string? reason)
    {
        public SourceComment Comment { get; } = comment;

        public string Verb { get; } = verb;

        public List<string> Ids { get; } = ids;

        public string? Reason { get; } = reason;

        public int FirstLine { get; set; } = -1;

        public int LastLine { get; set; } = -1;

        public HashSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
