using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules.Loading;
using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Rules;

/// <summary>
/// Checks a pack that loaded without errors for problems the loader lets through (<c>spacerhetoric rules check</c>):
/// SR9013 a rule without at least one flagged and one passing example (warning); SR9012 a regex that matches the
/// empty string (error: it would report at every position) or nests quantifiers or uses an unbounded
/// <c>.*</c>/<c>.+</c> (warning: it can run across whole paragraphs); SR9014 a pattern that can never produce a
/// finding: two possessives in a row (<c>'s 's</c>; the tokenizer emits <c>'s</c> only after a word), or an
/// <c>unless</c> entry that suppresses the rule's own pattern (every match carries its own qualifier).
/// Regex constructs that need backtracking are already load errors (SR9006).
/// </summary>
/// <example><c>RulePackChecker.Check(RulePackLoader.Load(false, ["my-rules"]))</c></example>
public static partial class RulePackChecker
{
    /// <summary>Every problem found, sorted by file, line and column.</summary>
    public static IReadOnlyList<ToolDiagnostic> Check(LoadedRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var found = new List<ToolDiagnostic>();
        var vocabulary = new Vocabulary();
        foreach (RuleSpec rule in pack.Specs)
        {
            CheckExamples(rule, found);
            for (int i = 0; i < rule.Regexes.Count; i++)
            {
                SourceMark mark = i < rule.RegexMarks.Count ? rule.RegexMarks[i] : rule.IdMark;
                CheckRegex(rule.Descriptor.Id, rule.Regexes[i].ToString(), mark, found);
            }

            foreach (PatternSource pattern in rule.Patterns)
            {
                CheckPossessives(rule.Descriptor.Id, pattern, vocabulary, found);
            }

            CheckSelfSuppression(rule, found);
        }

        return [.. found.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>True when the regex nests a quantifier inside a quantified group, as in <c>(\w+\s)+</c>.</summary>
    internal static bool HasNestedQuantifier(string pattern)
    {
        var groups = new Stack<bool>();
        bool lastGroupQuantified = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            bool justClosed = false;
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '(':
                    groups.Push(false);
                    break;
                case ')':
                    lastGroupQuantified = groups.Count > 0 && groups.Pop();
                    justClosed = true;
                    break;
                case '*' or '+' or '{' when IsUnboundedQuantifier(pattern, i):
                    if (groups.Count > 0)
                    {
                        groups.Push(groups.Pop() | true);
                    }

                    break;
            }

            if (justClosed && i + 1 < pattern.Length && IsUnboundedQuantifier(pattern, i + 1))
            {
                if (lastGroupQuantified)
                {
                    return true;
                }

                if (groups.Count > 0)
                {
                    groups.Push(groups.Pop() | true);
                }
            }
            else if (justClosed && lastGroupQuantified && groups.Count > 0)
            {
                // A quantifier inside an inner group still counts for the outer one.
                groups.Push(groups.Pop() | true);
            }
        }

        return false;
    }

    /// <summary>True when the regex has <c>.*</c> or <c>.+</c> outside a character class.</summary>
    internal static bool HasUnboundedWildcard(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    break;
                case '.' when i + 1 < pattern.Length && pattern[i + 1] is '*' or '+':
                    return true;
            }
        }

        return false;
    }

    private static void CheckExamples(RuleSpec rule, List<ToolDiagnostic> found)
    {
        bool flagged = rule.Examples.Any(e => e.Kind == RuleExampleKind.Flagged);
        bool passing = rule.Examples.Any(e => e.Kind == RuleExampleKind.Passing);
        if (flagged && passing)
        {
            return;
        }

        string missing = !flagged && !passing ? "examples" : !flagged ? "flagged example" : "passing example";
        found.Add(Warning(ToolDiagnosticIds.MissingExamples, rule.IdMark,
            $"Rule {rule.Descriptor.Id} needs at least one flagged and one passing example; it has no {missing}. Add them under 'examples:' so 'rules test' can check the rule."));
    }

    private static void CheckRegex(string ruleId, string pattern, SourceMark mark, List<ToolDiagnostic> found)
    {
        if (new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).IsMatch(string.Empty))
        {
            found.Add(ToolDiagnostic.Error(ToolDiagnosticIds.RiskyPattern, mark.Path, mark.Line, mark.Column,
                $"Regex '{pattern}' of {ruleId} matches the empty string, so it would match at every position; require at least one character."));
            return;
        }

        if (HasNestedQuantifier(pattern))
        {
            found.Add(Warning(ToolDiagnosticIds.RiskyPattern, mark,
                $"Regex '{pattern}' of {ruleId} nests quantifiers (like '(\\w+ )+'); it can match whole paragraphs. Bound the repetition, e.g. '{{1,3}}'."));
        }
        else if (HasUnboundedWildcard(pattern))
        {
            found.Add(Warning(ToolDiagnosticIds.RiskyPattern, mark,
                $"Regex '{pattern}' of {ruleId} has an unbounded '.*' or '.+'; it can match across sentences. Use a bounded gap such as '\\W+(\\w+\\W+){{0,3}}' or a token pattern with '*3'."));
        }
    }

    private static void CheckPossessives(string ruleId, PatternSource pattern, Vocabulary vocabulary, List<ToolDiagnostic> found)
    {
        PatternNode node;
        try
        {
            node = PatternParser.Parse(pattern.Text, vocabulary);
        }
        catch (PatternSyntaxException)
        {
            return; // The loader reports syntax errors; a loaded pack has none.
        }

        if (HasDoublePossessive(node, vocabulary.PossessiveId))
        {
            found.Add(ToolDiagnostic.Error(ToolDiagnosticIds.PatternNeverMatches, pattern.Mark.Path, pattern.Mark.Line, pattern.Mark.Column,
                $"Pattern '{pattern.Text}' of {ruleId} can never match: it has two possessives \"'s\" in a row, and the tokenizer reads \"'s\" only after a word."));
        }
    }

    private static bool HasDoublePossessive(PatternNode node, int possessive)
    {
        switch (node)
        {
            case SequenceNode sequence:
                for (int i = 1; i < sequence.Items.Count; i++)
                {
                    if (IsPossessive(sequence.Items[i - 1], possessive) && IsPossessive(sequence.Items[i], possessive))
                    {
                        return true;
                    }
                }

                return sequence.Items.Any(n => HasDoublePossessive(n, possessive));
            case AlternativesNode alternatives:
                return alternatives.Options.Any(n => HasDoublePossessive(n, possessive));
            case OptionalNode:
                // An optional possessive may be skipped, so it never forces the pair.
                return false;
            default:
                return false;
        }
    }

    private static bool IsPossessive(PatternNode node, int possessive) => node is WordNode word && word.WordId == possessive;

    private static void CheckSelfSuppression(RuleSpec rule, List<ToolDiagnostic> found)
    {
        var own = new HashSet<string>(rule.Patterns.Select(p => Normalize(p.Text)), StringComparer.Ordinal);
        foreach (UnlessSpec unless in rule.Unless.Where(u => u.Severity is null))
        {
            foreach (PatternSource pattern in unless.Patterns)
            {
                if (own.Contains(Normalize(pattern.Text)) && rule.Patterns.Count == 1)
                {
                    found.Add(ToolDiagnostic.Error(ToolDiagnosticIds.PatternNeverMatches, pattern.Mark.Path, pattern.Mark.Line, pattern.Mark.Column,
                        $"Rule {rule.Descriptor.Id} can never report: its 'unless' pattern '{pattern.Text}' is its own pattern, so every match suppresses itself."));
                }
            }

            if (unless.Qualifier is { } qualifier && rule.Patterns.Count == 1 && own.Contains("{" + qualifier.ToLowerInvariant() + "}"))
            {
                SourceMark mark = unless.QualifierMark ?? rule.IdMark;
                found.Add(ToolDiagnostic.Error(ToolDiagnosticIds.PatternNeverMatches, mark.Path, mark.Line, mark.Column,
                    $"Rule {rule.Descriptor.Id} can never report: it matches term set '{qualifier}' and is suppressed by the same term set."));
            }
        }
    }

    private static string Normalize(string pattern) =>
        string.Join(' ', pattern.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary><c>*</c>, <c>+</c> or <c>{n,}</c> at <paramref name="i"/>; a bounded <c>{n,m}</c> is not.</summary>
    private static bool IsUnboundedQuantifier(string pattern, int i) =>
        pattern[i] is '*' or '+' || (pattern[i] == '{' && OpenRange().IsMatch(pattern.AsSpan(i)));

    private static int SkipClass(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }

    private static ToolDiagnostic Warning(string id, SourceMark mark, string message) =>
        new(id, Severity.Warning, mark.Path, mark.Line, mark.Column, message);

    [GeneratedRegex(@"^\{\d*,\}")]
    private static partial Regex OpenRange();
}
