using SpaceRhetoric.Rules.Analysis;

namespace SpaceRhetoric.Rules.Matching;

/// <summary>
/// Splits a block's text into word tokens in one pass. A word is a run of letters, digits and marks,
/// with internal apostrophes (<c>don't</c>), dotted initialisms and decimals (<c>U.S</c>, <c>3.5</c>)
/// and digit groups (<c>1,000</c>); a possessive <c>'s</c> is a token of its own; a hyphen between
/// word parts (<c>well-being</c>) yields the parts as separate tokens with nothing between them, so
/// <c>well-being</c> and <c>well being</c> read the same.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, Vocabulary vocabulary, TokenBuffer buffer)
    {
        buffer.Count = 0;
        int n = text.Length;
        int i = 0;
        byte separator = Token.Space;
        while (i < n)
        {
            char c = text[i];
            if (CharClass.IsWordChar(c))
            {
                int start = i;
                i = ScanWord(text, i);
                buffer.Add(start, i, vocabulary.Lookup(text.AsSpan(start, i - start)), separator);
                separator = Token.Space;
                if (i + 1 < n && CharClass.IsApostrophe(text[i]) && (text[i + 1] | 0x20) == 's' && (i + 2 == n || !CharClass.IsWordChar(text[i + 2])))
                {
                    buffer.Add(i, i + 2, vocabulary.PossessiveId, Token.Space);
                    i += 2;
                }

                if (i + 1 < n && CharClass.IsHyphen(text[i]))
                {
                    if (CharClass.IsWordChar(text[i + 1]))
                    {
                        i++;
                    }
                    else if (text[i + 1] == '\n' && i + 2 < n && char.IsLower(text[i + 2]))
                    {
                        // A word hyphenated at a line end ("bene-\nfit") reads as one word when the
                        // joined word is in the vocabulary; otherwise its parts stay adjacent.
                        int second = i + 2;
                        int secondEnd = ScanWord(text, second);
                        ref Token last = ref buffer.Items[buffer.Count - 1];
                        int joined = last.Start == start ? LookupJoined(text, start, i, second, secondEnd, vocabulary) : Vocabulary.Unknown;
                        if (joined != Vocabulary.Unknown)
                        {
                            last.End = secondEnd;
                            last.WordId = joined;
                            i = secondEnd;
                        }
                        else
                        {
                            i = second;
                        }
                    }
                }

                continue;
            }

            if (c == ',')
            {
                separator = Math.Max(separator, Token.Comma);
            }
            else if (c == '.')
            {
                if (SentenceSegmenter.IsSentenceEnd(text, i))
                {
                    separator = Token.Break;
                }
            }
            else if (!char.IsWhiteSpace(c) && !CharClass.IsQuote(c))
            {
                // Clause punctuation, brackets, dashes, symbols and ProseBlock.Boundary stop a phrase.
                separator = Token.Break;
            }

            i++;
        }
    }

    private static int LookupJoined(string text, int start, int end, int secondStart, int secondEnd, Vocabulary vocabulary)
    {
        int length = end - start + secondEnd - secondStart;
        if (length > 128)
        {
            return Vocabulary.Unknown;
        }

        Span<char> joined = stackalloc char[length];
        text.AsSpan(start, end - start).CopyTo(joined);
        text.AsSpan(secondStart, secondEnd - secondStart).CopyTo(joined[(end - start)..]);
        return vocabulary.Lookup(joined);
    }

    /// <summary>Returns the index just past the word starting at <paramref name="i"/>.</summary>
    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        int segmentStart = i;
        while (true)
        {
            while (i < n && CharClass.IsWordChar(text[i]))
            {
                i++;
            }

            if (i + 1 >= n || !CharClass.IsWordChar(text[i + 1]))
            {
                return i;
            }

            char d = text[i];
            char next = text[i + 1];
            if (CharClass.IsApostrophe(d) && char.IsLetter(next))
            {
                if ((next | 0x20) == 's' && (i + 2 == n || !CharClass.IsWordChar(text[i + 2])))
                {
                    return i;
                }

                i++;
                continue;
            }

            bool digits = CharClass.IsDigit(text[i - 1]) && CharClass.IsDigit(next);
            if (d == '.' && (digits || (i - segmentStart == 1 && char.IsLetter(text[i - 1]) && char.IsLetter(next))))
            {
                i++;
                segmentStart = i;
                continue;
            }

            if (d == ',' && digits)
            {
                i++;
                continue;
            }

            return i;
        }
    }
}
