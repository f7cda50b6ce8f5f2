using System.Text.RegularExpressions;
using SpaceRhetoric.Rules.Matching;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Rules.Analysis;

/// <summary>
/// What the analyzer knows about one block with at least one candidate claim: its sentences and
/// clauses, its quoted spans, and the qualifier occurrences the automaton found. Built lazily.
/// </summary>
internal sealed partial class BlockContext
{
    private readonly string _text;
    private readonly List<RawMatch> _occurrences;
    private List<TextSpan>? _sentences;
    private List<TextSpan>? _clauses;
    private List<TextSpan>? _quotes;
    private bool[]? _reported;
    private Dictionary<int, List<RawMatch>>? _byTarget;
    private Dictionary<int, string>? _sentenceTexts;

    public BlockContext(string text, List<RawMatch> occurrences)
    {
        _text = text;
        _occurrences = occurrences;
    }

    public List<TextSpan> Sentences => _sentences ??= SentenceSegmenter.Sentences(_text);

    public TextSpan SentenceAt(int offset) => Sentences[SentenceIndex(offset)];

    public TextSpan ClauseAt(int offset)
    {
        if (_clauses is null)
        {
            _clauses = [];
            foreach (TextSpan sentence in Sentences)
            {
                SentenceSegmenter.Clauses(_text, sentence, _clauses);
            }
        }

        return Containing(_clauses, offset);
    }

    /// <summary>The first occurrence of <paramref name="target"/> lying inside <paramref name="window"/>.</summary>
    public RawMatch? FindOccurrence(int target, TextSpan window)
    {
        if (_byTarget is null)
        {
            _byTarget = [];
            foreach (RawMatch m in _occurrences)
            {
                if (!_byTarget.TryGetValue(m.Target, out List<RawMatch>? list))
                {
                    _byTarget[m.Target] = list = [];
                }

                list.Add(m);
            }
        }

        if (_byTarget.TryGetValue(target, out List<RawMatch>? matches))
        {
            foreach (RawMatch m in matches)
            {
                if (m.Start >= window.Start && m.End <= window.End)
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>The sentence's text with whitespace folded, computed once per sentence.</summary>
    public string SentenceText(TextSpan sentence)
    {
        _sentenceTexts ??= [];
        if (!_sentenceTexts.TryGetValue(sentence.Start, out string? text))
        {
            text = RuleAnalyzer.Fold(_text.AsSpan(sentence.Start, sentence.Length));
            _sentenceTexts[sentence.Start] = text;
        }

        return text;
    }

    /// <summary>Inside quotation marks, or in a sentence of reported speech (<c>X said</c>, <c>according to</c>).</summary>
    public bool IsQuoted(TextSpan span, TextSpan sentence)
    {
        _quotes ??= QuoteSpans(_text);
        foreach (TextSpan quote in _quotes)
        {
            if (quote.Start <= span.Start && span.End <= quote.End)
            {
                return true;
            }
        }

        _reported ??= new bool[Sentences.Count * 2];
        int index = SentenceIndex(sentence.Start);
        if (!_reported[(index * 2) + 1])
        {
            _reported[(index * 2) + 1] = true;
            _reported[index * 2] = ReportedSpeechRegex().IsMatch(_text.AsSpan(sentence.Start, sentence.Length));
        }

        return _reported[index * 2];
    }

    private int SentenceIndex(int offset)
    {
        List<TextSpan> sentences = Sentences;
        int lo = 0;
        int hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (sentences[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static TextSpan Containing(List<TextSpan> spans, int offset)
    {
        TextSpan best = spans[0];
        foreach (TextSpan s in spans)
        {
            if (s.Start <= offset)
            {
                best = s;
            }
            else
            {
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Spans between quotation marks: “…”, "…", «…», and ‘…’ or '…' when the marks stand at word edges
    /// (an apostrophe inside or at the end of a word is not a quote). An unclosed double quote runs to the
    /// end of the block, as a quoted paragraph does.
    /// </summary>
    internal static List<TextSpan> QuoteSpans(string text)
    {
        var spans = new List<TextSpan>();
        int openDouble = -1;
        int openSingle = -1;
        int openGuillemet = -1;
        int n = text.Length;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            bool wordBefore = i > 0 && CharClass.IsWordChar(text[i - 1]);
            bool wordAfter = i + 1 < n && CharClass.IsWordChar(text[i + 1]);
            switch (c)
            {
                case '\u201C' or '\u201E':
                    if (openDouble < 0)
                    {
                        openDouble = i;
                    }

                    break;
                case '\u201D':
                    if (openDouble >= 0)
                    {
                        spans.Add(TextSpan.FromBounds(openDouble, i + 1));
                        openDouble = -1;
                    }

                    break;
                case '"':
                    if (openDouble < 0)
                    {
                        openDouble = i;
                    }
                    else
                    {
                        spans.Add(TextSpan.FromBounds(openDouble, i + 1));
                        openDouble = -1;
                    }

                    break;
                case '\u00AB':
                    openGuillemet = i;
                    break;
                case '\u00BB':
                    if (openGuillemet >= 0)
                    {
                        spans.Add(TextSpan.FromBounds(openGuillemet, i + 1));
                        openGuillemet = -1;
                    }

                    break;
                case '\u2018' or '\'' or '\u2019':
                    if (wordBefore && wordAfter)
                    {
                        break; // an apostrophe inside a word
                    }

                    if (openSingle < 0)
                    {
                        if (!wordBefore && wordAfter)
                        {
                            openSingle = i;
                        }
                    }
                    else if (!wordAfter)
                    {
                        spans.Add(TextSpan.FromBounds(openSingle, i + 1));
                        openSingle = -1;
                    }

                    break;
            }
        }

        if (openDouble >= 0)
        {
            spans.Add(TextSpan.FromBounds(openDouble, n));
        }

        return spans;
    }

    [GeneratedRegex(@"\b(?:said|says|say|stated|states\s+that|noted|notes|added|adds|declared|declares|told|tells|remarked|announced|according\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedSpeechRegex();
}
