namespace SpaceRhetoric.Rules.Matching;

/// <summary>
/// Every literal word of every pattern and term, interned to a small integer. Text words are looked up
/// case-insensitively from a span, without allocating; a word no pattern mentions gets <see cref="Unknown"/>,
/// so the cost per text word does not grow with the number of patterns.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;
    public const string Possessive = "'s";

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _words = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // An open-addressing table of the ASCII words, probed with an inline case-folding hash: text words
    // are nearly all ASCII, and this is the tokenizer's hottest call. Complete (a miss is final) unless
    // some non-ASCII word could equal an ASCII one ignoring case.
    private string?[] _fastKeys = new string?[64];
    private int[] _fastIds = new int[64];
    private int _fastCount;
    private int _maxAsciiLength;
    private bool _fastComplete = true;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        PossessiveId = Intern(Possessive);
    }

    public int PossessiveId { get; }

    public int Count => _words.Count;

    public string this[int id] => _words[id];

    public int Intern(string word)
    {
        string normalized = Normalize(word);
        if (!_ids.TryGetValue(normalized, out int id))
        {
            id = _words.Count;
            _ids.Add(normalized, id);
            _words.Add(normalized);
            AddFast(normalized, id);
        }

        return id;
    }

    public int Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length <= _maxAsciiLength || !_fastComplete)
        {
            int found = FastLookup(word, out bool ascii);
            if (found != Unknown || (ascii && _fastComplete))
            {
                return found;
            }
        }
        else if (System.Text.Ascii.IsValid(word))
        {
            return Unknown; // longer than every ASCII word, and no word is anything else
        }

        return SlowLookup(word);
    }

    private int SlowLookup(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('\u2019', '\u2018', '\u02BC') < 0)
        {
            return _lookup.TryGetValue(word, out int id) ? id : Unknown;
        }

        // Curly apostrophes are folded to straight ones, as patterns are written.
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c;
        }

        return _lookup.TryGetValue(buffer, out int found) ? found : Unknown;
    }

    /// <summary>The ID of an ASCII word from the fast table; <paramref name="ascii"/> false when the word is not ASCII.</summary>
    private int FastLookup(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            if (c >= 128)
            {
                ascii = false;
                return Unknown;
            }

            hash = (hash ^ Fold(c)) * 16777619;
        }

        ascii = true;
        int mask = _fastKeys.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            string? key = _fastKeys[slot];
            if (key is null)
            {
                return Unknown;
            }

            if (key.Length == word.Length && EqualsFolded(word, key))
            {
                return _fastIds[slot];
            }
        }
    }

    private static bool EqualsFolded(ReadOnlySpan<char> word, string lower)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (Fold(word[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    private void AddFast(string normalized, int id)
    {
        if (!System.Text.Ascii.IsValid(normalized))
        {
            // "côte" can never equal an ASCII word ignoring case; only a letter that upper-cases to
            // ASCII (dotless i, long s) could, and then ASCII misses must ask the dictionary too.
            foreach (char c in normalized)
            {
                if (c >= 128 && char.ToUpperInvariant(c) < 128)
                {
                    _fastComplete = false;
                }
            }

            return;
        }

        if ((_fastCount + 1) * 2 > _fastKeys.Length)
        {
            string?[] keys = _fastKeys;
            int[] ids = _fastIds;
            _fastKeys = new string?[keys.Length * 2];
            _fastIds = new int[keys.Length * 2];
            _fastCount = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] is { } key)
                {
                    Insert(key, ids[i]);
                }
            }
        }

        Insert(normalized, id);
        _maxAsciiLength = Math.Max(_maxAsciiLength, normalized.Length);
    }

    private void Insert(string key, int id)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        int mask = _fastKeys.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (_fastKeys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _fastKeys[slot] = key;
        _fastIds[slot] = id;
        _fastCount++;
    }

    private static string Normalize(string word) =>
        word.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'').ToLowerInvariant();
}
