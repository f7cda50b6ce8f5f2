namespace SpaceRhetoric.Rules.Matching;

/// <summary>
/// Parses the token pattern syntax of rules/README.md. Outside parentheses <c>|</c> joins alternative
/// words (<c>unite|unites us</c>); inside parentheses it separates alternative sequences
/// (<c>(the whole of|all of)</c>). <c>?</c> makes the item before it optional.
/// </summary>
internal sealed class PatternParser
{
    public const int MaxGap = 10;

    private readonly string _text;
    private readonly Vocabulary _vocabulary;
    private readonly TokenBuffer _buffer = new();
    private int _pos;

    private PatternParser(string text, Vocabulary vocabulary)
    {
        _text = text;
        _vocabulary = vocabulary;
    }

    /// <exception cref="PatternSyntaxException">The pattern is not valid.</exception>
    public static PatternNode Parse(string text, Vocabulary vocabulary)
    {
        var parser = new PatternParser(text, vocabulary);
        parser.SkipSpace();
        if (parser._pos >= text.Length)
        {
            throw new PatternSyntaxException(0, "The pattern is empty.");
        }

        SequenceNode sequence = parser.ParseSequence(inGroup: false);
        if (parser._pos < text.Length)
        {
            char c = text[parser._pos];
            throw new PatternSyntaxException(parser._pos, c == ')' ? "')' without a matching '('." : $"Unexpected '{c}'.");
        }

        if (sequence.Items[0] is GapNode)
        {
            throw new PatternSyntaxException(text.IndexOf('*', StringComparison.Ordinal), "A pattern cannot start with a gap; begin with a word.");
        }

        if (sequence.Items[^1] is GapNode)
        {
            throw new PatternSyntaxException(text.LastIndexOf('*'), "A pattern cannot end with a gap; end with a word.");
        }

        return sequence.Items.Count == 1 ? sequence.Items[0] : sequence;
    }

    private SequenceNode ParseSequence(bool inGroup)
    {
        var items = new List<PatternNode>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                break;
            }

            char c = _text[_pos];
            if (c == ')')
            {
                break;
            }

            if (c == '|')
            {
                if (inGroup)
                {
                    break;
                }

                throw new PatternSyntaxException(_pos, "'|' needs a word on each side.");
            }

            if (c == '?')
            {
                throw new PatternSyntaxException(_pos, "'?' must follow the word or group it makes optional.");
            }

            int itemStart = _pos;
            PatternNode item = ParsePrimary();
            if (!inGroup)
            {
                List<PatternNode>? options = null;
                while (_pos < _text.Length && _text[_pos] == '|')
                {
                    int bar = _pos;
                    _pos++;
                    if (_pos >= _text.Length || char.IsWhiteSpace(_text[_pos]) || _text[_pos] is '|' or '?' or ')')
                    {
                        throw new PatternSyntaxException(bar, "'|' needs a word on each side.");
                    }

                    options ??= [item];
                    options.Add(ParsePrimary());
                }

                if (options is not null)
                {
                    if (options.Any(o => o is GapNode))
                    {
                        throw new PatternSyntaxException(itemStart, "A gap cannot be one of several alternatives.");
                    }

                    item = new AlternativesNode(options);
                }
            }

            if (_pos < _text.Length && _text[_pos] == '?')
            {
                if (item is GapNode)
                {
                    throw new PatternSyntaxException(_pos, "A gap '*N' is already optional; remove the '?'.");
                }

                _pos++;
                if (_pos < _text.Length && _text[_pos] == '?')
                {
                    throw new PatternSyntaxException(_pos, "'?' twice.");
                }

                item = new OptionalNode(item);
            }

            items.Add(item);
        }

        if (items.Count == 0)
        {
            throw new PatternSyntaxException(Math.Min(_pos, Math.Max(0, _text.Length - 1)), inGroup ? "Empty alternative in a group." : "The pattern is empty.");
        }

        return new SequenceNode(items);
    }

    private PatternNode ParsePrimary()
    {
        char c = _text[_pos];
        switch (c)
        {
            case '(':
                return ParseGroup();
            case '{':
                return ParseTermSet();
            case '*':
                return ParseGap();
        }

        if (CharClass.IsWordChar(c) || (CharClass.IsApostrophe(c) && _pos + 1 < _text.Length && (_text[_pos + 1] | 0x20) == 's'))
        {
            return ParseWord();
        }

        throw new PatternSyntaxException(_pos, $"Unexpected '{c}'; a pattern holds words, ( | ), ?, {{term-set}} and *N.");
    }

    private PatternNode ParseGroup()
    {
        int open = _pos;
        _pos++;
        var options = new List<PatternNode>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                throw new PatternSyntaxException(open, "'(' without a matching ')'.");
            }

            if (_text[_pos] is '|' or ')')
            {
                throw new PatternSyntaxException(_pos, "Empty alternative in a group.");
            }

            SequenceNode sequence = ParseSequence(inGroup: true);
            options.Add(sequence.Items.Count == 1 ? sequence.Items[0] : sequence);
            if (_pos >= _text.Length)
            {
                throw new PatternSyntaxException(open, "'(' without a matching ')'.");
            }

            if (_text[_pos] == ')')
            {
                _pos++;
                break;
            }

            _pos++; // '|'
        }

        return options.Count == 1 ? options[0] : new AlternativesNode(options);
    }

    private TermSetNode ParseTermSet()
    {
        int open = _pos;
        int close = _text.IndexOf('}', _pos);
        if (close < 0)
        {
            throw new PatternSyntaxException(open, "'{' without a matching '}'.");
        }

        string name = _text[(open + 1)..close].Trim();
        if (name.Length == 0 || !name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new PatternSyntaxException(open + 1, $"Invalid term set name '{name}'; use lower-case words joined by hyphens.");
        }

        _pos = close + 1;
        return new TermSetNode(name, open);
    }

    private GapNode ParseGap()
    {
        int star = _pos;
        _pos++;
        int digitsStart = _pos;
        while (_pos < _text.Length && CharClass.IsDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos == digitsStart || !int.TryParse(_text.AsSpan(digitsStart, _pos - digitsStart), out int n) || n < 1 || n > MaxGap)
        {
            throw new PatternSyntaxException(star, $"A gap is '*' and a number of words from 1 to {MaxGap}, e.g. '*3'.");
        }

        return new GapNode(n);
    }

    private PatternNode ParseWord()
    {
        int start = _pos;
        while (_pos < _text.Length && (CharClass.IsWordChar(_text[_pos]) || CharClass.IsApostrophe(_text[_pos]) || CharClass.IsHyphen(_text[_pos]) || _text[_pos] == '.'))
        {
            _pos++;
        }

        string raw = _text[start.._pos];
        if (raw is "'s" or "\u2019s" or "'S" or "\u2019S")
        {
            return new WordNode(_vocabulary.PossessiveId);
        }

        string trimmed = raw.TrimEnd('.');
        if (trimmed.Length == 0 || CharClass.IsHyphen(trimmed[^1]) || CharClass.IsApostrophe(trimmed[^1]))
        {
            throw new PatternSyntaxException(start + Math.Max(0, trimmed.Length - 1), $"'{raw}' is not a word.");
        }

        // The prose tokenizer splits the word exactly as it splits text, so both read the same.
        Tokenizer.Tokenize(trimmed, _vocabulary, _buffer);
        var words = new List<PatternNode>(_buffer.Count);
        for (int i = 0; i < _buffer.Count; i++)
        {
            Token token = _buffer.Items[i];
            if (token.Separator != Token.Space || (i == 0 && token.Start != 0))
            {
                int at = i == 0 ? 0 : _buffer.Items[i - 1].End;
                throw new PatternSyntaxException(start + at, $"Punctuation inside '{raw}'; a pattern word holds letters, digits, apostrophes and hyphens.");
            }

            string part = trimmed[token.Start..token.End];
            words.Add(new WordNode(CharClass.IsApostrophe(part[0]) ? _vocabulary.PossessiveId : _vocabulary.Intern(part)));
        }

        if (words.Count == 0)
        {
            throw new PatternSyntaxException(start, $"'{raw}' is not a word.");
        }

        return words.Count == 1 ? words[0] : new SequenceNode(words);
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
