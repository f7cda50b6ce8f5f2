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
        }

        return id;
    }

    public int Lookup(ReadOnlySpan<char> word)
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

    private static string Normalize(string word) =>
        word.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'').ToLowerInvariant();
}
