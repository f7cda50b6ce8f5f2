using SpaceRhetoric.Rules.Matching;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Rules.Analysis;

/// <summary>
/// Splits a prose block into sentences and clauses. A period ends a sentence unless it belongs to a
/// decimal (<c>3.5</c>), an initial (<c>J. Smith</c>), a title (<c>Dr. Ride</c>, <c>No. 5</c>) or an
/// abbreviation followed by lower case (<c>the U.S. and</c>, <c>e.g. rovers</c>); an ellipsis ends one
/// only before a capital letter; closing quotes and brackets after the stop belong to the sentence.
/// Clauses end at <c>; : — –</c> and at a comma before a conjunction (<c>, but</c>, <c>, while</c>,
/// <c>, whereas</c>, <c>, although</c>, <c>, though</c>, <c>, yet</c>, <c>, and</c>, <c>, or</c>,
/// <c>, so</c>, <c>, because</c>).
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "rev", "hon", "fig", "vol", "pp", "art", "sec", "ch", "cpt", "capt", "lt", "col", "sgt", "mt",
    };

    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "vs", "cf", "approx", "al", "est", "dept", "univ", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "p",
    };

    private static readonly string[] _clauseConjunctions =
        ["but", "while", "whereas", "although", "though", "yet", "and", "or", "so", "because"];

    /// <summary>Whether the stop at <paramref name="i"/> (<c>. ! ? …</c>) ends a sentence.</summary>
    public static bool IsSentenceEnd(string text, int i)
    {
        char c = text[i];
        if (c is '!' or '?')
        {
            return !(i + 1 < text.Length && text[i + 1] is '!' or '?');
        }

        if (c == '\u2026')
        {
            return NextStartsCapital(text, i + 1);
        }

        if (c != '.')
        {
            return false;
        }

        if (i + 1 < text.Length && text[i + 1] == '.')
        {
            return false;
        }

        if (i > 0 && text[i - 1] == '.')
        {
            return NextStartsCapital(text, i + 1);
        }

        if (i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]))
        {
            return false;
        }

        int wordStart = i;
        while (wordStart > 0 && (CharClass.IsWordChar(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 1 > 0 && CharClass.IsWordChar(text[wordStart - 2]))))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, i - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        var lookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }

        bool abbreviation = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.Contains('.');
        if (abbreviation)
        {
            if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return !NextStartsDigit(text, i + 1);
            }

            return !NextContinuesSentence(text, i + 1);
        }

        return true;
    }

    /// <summary>The sentences of <paramref name="text"/>, leading and trailing whitespace trimmed; at least one.</summary>
    public static List<TextSpan> Sentences(string text)
    {
        var sentences = new List<TextSpan>();
        int n = text.Length;
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '\u2026') || !IsSentenceEnd(text, i))
            {
                continue;
            }

            int end = i + 1;
            while (end < n && CharClass.IsCloser(text[end]))
            {
                end++;
            }

            AddTrimmed(text, start, end, sentences);
            start = end;
            i = end - 1;
        }

        AddTrimmed(text, start, n, sentences);
        if (sentences.Count == 0)
        {
            sentences.Add(new TextSpan(0, n));
        }

        return sentences;
    }

    /// <summary>The clauses of one sentence.</summary>
    public static void Clauses(string text, TextSpan sentence, List<TextSpan> clauses)
    {
        int start = sentence.Start;
        int end = sentence.End;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            int cut = -1;
            if (c is ';' or ':' or '\u2014')
            {
                cut = i;
            }
            else if (c == '\u2013' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                cut = i;
            }
            else if (c == '-' && i > 0 && char.IsWhiteSpace(text[i - 1]) && i + 1 < end && char.IsWhiteSpace(text[i + 1]))
            {
                cut = i;
            }
            else if (c == ',' && StartsWithConjunction(text, i + 1, end))
            {
                cut = i;
            }

            if (cut >= 0)
            {
                AddTrimmed(text, start, cut + 1, clauses);
                start = cut + 1;
            }
        }

        int before = clauses.Count;
        AddTrimmed(text, start, end, clauses);
        if (clauses.Count == before && before == 0)
        {
            clauses.Add(sentence);
        }
    }

    private static bool StartsWithConjunction(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        foreach (string conjunction in _clauseConjunctions)
        {
            int after = i + conjunction.Length;
            if (after <= end && text.AsSpan(i, conjunction.Length).Equals(conjunction, StringComparison.OrdinalIgnoreCase) && (after == end || !CharClass.IsWordChar(text[after])))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }

    private static int SkipSpaceAndQuotes(string text, int i)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || CharClass.IsQuote(text[i]) || text[i] is '(' or ')'))
        {
            i++;
        }

        return i;
    }

    private static bool NextStartsCapital(string text, int i)
    {
        int j = SkipSpaceAndQuotes(text, i);
        return j >= text.Length || char.IsUpper(text[j]) || (j > i && CharClass.IsDigit(text[j]));
    }

    private static bool NextStartsDigit(string text, int i)
    {
        int j = SkipSpaceAndQuotes(text, i);
        return j < text.Length && CharClass.IsDigit(text[j]);
    }

    private static bool NextContinuesSentence(string text, int i)
    {
        int j = SkipSpaceAndQuotes(text, i);
        return j < text.Length && (char.IsLower(text[j]) || CharClass.IsDigit(text[j]) || text[j] is ',' or ';' or ':');
    }
}
