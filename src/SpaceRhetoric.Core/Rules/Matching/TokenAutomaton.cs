namespace SpaceRhetoric.Rules.Matching;

/// <summary>A match of one target (a rule or a qualifier) in a block, in block character offsets.</summary>
internal readonly record struct RawMatch(int Target, int Start, int End);

/// <summary>
/// Every token pattern of a rule pack compiled into one automaton over word IDs. The NFA (with optional
/// items, alternatives, expanded term sets and bounded gaps) is determinised lazily: a DFA state is built
/// the first time a (state, word) pair is seen, then cached, so a run costs one table look-up per word
/// however many patterns share a prefix. Matching starts only at words that can begin some pattern.
/// Thread-safe: transitions are published with volatile writes and new states are interned under a lock.
/// </summary>
internal sealed class TokenAutomaton
{
    private readonly NfaState[] _nfa;
    private readonly DfaState?[] _startByWord;
    private readonly DfaState _dead = new([], [], []);
    private readonly Dictionary<int[], DfaState> _interned = new(IntArrayComparer.Instance);
    private readonly Lock _lock = new();

    internal TokenAutomaton(NfaState[] nfa, int rootState, int vocabularySize, int targetCount)
    {
        _nfa = nfa;
        TargetCount = targetCount;
        _startByWord = new DfaState?[vocabularySize];

        // Invert the root's literal edges once: word → the NFA states it leads to.
        int[] root = Closure([rootState]);
        var byWord = new Dictionary<int, List<int>>();
        foreach (int encoded in root)
        {
            if (nfa[encoded >> 1].Literals is { } literals)
            {
                foreach ((int word, List<int> targets) in literals)
                {
                    if (!byWord.TryGetValue(word, out List<int>? list))
                    {
                        byWord[word] = list = [];
                    }

                    list.AddRange(targets);
                }
            }
        }

        foreach ((int word, List<int> targets) in byWord)
        {
            _startByWord[word] = Intern(Closure(targets));
        }
    }

    public int TargetCount { get; }

    /// <summary>Number of DFA states built so far (for diagnostics and tests).</summary>
    public int DfaStateCount
    {
        get
        {
            lock (_lock)
            {
                return _interned.Count;
            }
        }
    }

    /// <summary>
    /// Finds, for every start token and every target, the longest match starting there, and appends
    /// them in order of start. Overlaps are left to the caller.
    /// </summary>
    public void Match(TokenBuffer tokens, MatchScratch scratch, List<RawMatch> output)
    {
        Token[] items = tokens.Items;
        int count = tokens.Count;
        int[] bestEnd = scratch.BestEnd(TargetCount);
        List<int> touched = scratch.Touched;
        for (int i = 0; i < count; i++)
        {
            int wordId = items[i].WordId;
            if ((uint)wordId >= (uint)_startByWord.Length || _startByWord[wordId] is not { } state)
            {
                continue;
            }

            Record(state, i, bestEnd, touched);
            for (int j = i + 1; j < count; j++)
            {
                ref Token token = ref items[j];
                if (token.Separator == Token.Break)
                {
                    break;
                }

                DfaState? next = Step(state, token.WordId, token.Separator);
                if (next is null)
                {
                    break;
                }

                state = next;
                Record(state, j, bestEnd, touched);
            }

            if (touched.Count > 0)
            {
                int start = items[i].Start;
                foreach (int target in touched)
                {
                    output.Add(new RawMatch(target, start, items[bestEnd[target]].End));
                    bestEnd[target] = -1;
                }

                touched.Clear();
            }
        }
    }

    private static void Record(DfaState state, int tokenIndex, int[] bestEnd, List<int> touched)
    {
        foreach (int target in state.Accepts)
        {
            if (bestEnd[target] < 0)
            {
                touched.Add(target);
            }

            bestEnd[target] = tokenIndex;
        }
    }

    private DfaState? Step(DfaState state, int wordId, byte separator)
    {
        // A word none of the state's NFA states names (most words, and every unknown one) can only take
        // a gap's any-word edges: one shared transition per separator instead of one per word.
        int index = wordId >= 0 ? state.IndexOfWord(wordId) : -1;
        DfaState?[] table = index >= 0 ? state.WordNext : state.OtherNext;
        int slot = ((index >= 0 ? index : 0) * 2) + separator;
        DfaState? next = Volatile.Read(ref table[slot]);
        if (next is null)
        {
            // Racing threads build the same interned state; either write is correct.
            next = Build(state, index >= 0 ? wordId : Vocabulary.Unknown, separator);
            Volatile.Write(ref table[slot], next);
        }

        return ReferenceEquals(next, _dead) ? null : next;
    }

    private DfaState Build(DfaState from, int wordId, byte separator)
    {
        var targets = new List<int>();
        foreach (int encoded in from.Nfa)
        {
            // After a comma only a state inside (or just after) a gap may move on.
            if (separator == Token.Comma && (encoded & 1) == 0)
            {
                continue;
            }

            NfaState s = _nfa[encoded >> 1];
            if (wordId >= 0 && s.Literals is { } literals && literals.TryGetValue(wordId, out List<int>? list))
            {
                targets.AddRange(list);
            }

            if (s.AnyWord is { } any)
            {
                targets.AddRange(any);
            }
        }

        if (targets.Count == 0)
        {
            return _dead;
        }

        int[] closure = Closure(targets);
        lock (_lock)
        {
            return Intern(closure);
        }
    }

    private DfaState Intern(int[] closure)
    {
        if (_interned.TryGetValue(closure, out DfaState? existing))
        {
            return existing;
        }

        var accepts = new SortedSet<int>();
        foreach (int encoded in closure)
        {
            if (_nfa[encoded >> 1].Accepts is { } a)
            {
                accepts.UnionWith(a);
            }
        }

        var words = new SortedSet<int>();
        foreach (int encoded in closure)
        {
            if (_nfa[encoded >> 1].Literals is { } literals)
            {
                words.UnionWith(literals.Keys);
            }
        }

        var state = new DfaState(closure, [.. accepts], [.. words]);
        _interned.Add(closure, state);
        return state;
    }

    /// <summary>
    /// The epsilon closure, each state encoded as <c>index * 2 + open</c>, where <c>open</c> says a gap
    /// was passed on the way, so the next word may follow a comma.
    /// </summary>
    private int[] Closure(IEnumerable<int> states)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        foreach (int s in states)
        {
            stack.Push(s * 2);
        }

        while (stack.Count > 0)
        {
            int encoded = stack.Pop();
            int index = encoded >> 1;
            NfaState s = _nfa[index];
            int open = (encoded & 1) | (s.GapOpen ? 1 : 0);
            if (!seen.Add((index * 2) + open))
            {
                continue;
            }

            if (s.Epsilon is { } eps)
            {
                foreach (int e in eps)
                {
                    stack.Push((e * 2) + open);
                }
            }
        }

        int[] result = [.. seen];
        Array.Sort(result);
        return result;
    }

    /// <summary>
    /// A DFA state: its NFA states, what it accepts, and its transitions, filled in as they are first
    /// taken. <see cref="WordNext"/> holds two slots (one per separator) for each word some NFA state has
    /// a literal edge for; <see cref="OtherNext"/> the two for every other word.
    /// </summary>
    private sealed class DfaState(int[] nfa, int[] accepts, int[] words)
    {
        public readonly int[] Nfa = nfa;
        public readonly int[] Accepts = accepts;
        public readonly int[] Words = words;
        public readonly DfaState?[] WordNext = new DfaState?[words.Length * 2];
        public readonly DfaState?[] OtherNext = new DfaState?[2];

        public int IndexOfWord(int wordId)
        {
            int[] words = Words;
            if (words.Length <= 8)
            {
                for (int i = 0; i < words.Length; i++)
                {
                    if (words[i] == wordId)
                    {
                        return i;
                    }
                }

                return -1;
            }

            int found = Array.BinarySearch(words, wordId);
            return found >= 0 ? found : -1;
        }
    }

    private sealed class IntArrayComparer : IEqualityComparer<int[]>
    {
        public static readonly IntArrayComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }
}

/// <summary>One NFA state: literal edges by word ID, any-word edges (gaps), epsilon edges, accepted targets.</summary>
internal sealed class NfaState
{
    public Dictionary<int, List<int>>? Literals;
    public List<int>? AnyWord;
    public List<int>? Epsilon;
    public List<int>? Accepts;

    /// <summary>A gap state: words after it may follow a comma.</summary>
    public bool GapOpen;
}

/// <summary>Per-thread scratch arrays for <see cref="TokenAutomaton.Match"/>.</summary>
internal sealed class MatchScratch
{
    private int[] _bestEnd = [];

    public List<int> Touched { get; } = [];

    public int[] BestEnd(int targets)
    {
        if (_bestEnd.Length < targets)
        {
            _bestEnd = new int[targets];
            Array.Fill(_bestEnd, -1);
        }

        return _bestEnd;
    }
}
