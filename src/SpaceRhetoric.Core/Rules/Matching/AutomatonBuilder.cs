namespace SpaceRhetoric.Rules.Matching;

/// <summary>Builds the NFA of a <see cref="TokenAutomaton"/> from parsed patterns (Thompson construction).</summary>
internal sealed class AutomatonBuilder
{
    private readonly List<NfaState> _states = [new NfaState()];
    private readonly Func<string, IReadOnlyList<PatternNode>> _termSet;
    private int _targetCount;

    /// <param name="termSet">The parsed terms of a term set; term sets are known to be acyclic.</param>
    public AutomatonBuilder(Func<string, IReadOnlyList<PatternNode>> termSet)
    {
        _termSet = termSet;
    }

    /// <summary>Adds a pattern that reports <paramref name="target"/>.</summary>
    /// <returns>False when the pattern could start with a gap (it would match at every word).</returns>
    public bool Add(PatternNode pattern, int target)
    {
        _targetCount = Math.Max(_targetCount, target + 1);
        int entry = NewState();
        int end = Build(pattern, entry);
        (_states[end].Accepts ??= []).Add(target);
        if (StartsWithGap(entry))
        {
            return false;
        }

        (_states[0].Epsilon ??= []).Add(entry);
        return true;
    }

    public TokenAutomaton Build(int vocabularySize, int targetCount) =>
        new([.. _states], 0, vocabularySize, Math.Max(targetCount, _targetCount));

    private int Build(PatternNode node, int from)
    {
        switch (node)
        {
            case WordNode word:
            {
                int to = NewState();
                NfaState s = _states[from];
                s.Literals ??= [];
                if (!s.Literals.TryGetValue(word.WordId, out List<int>? list))
                {
                    s.Literals[word.WordId] = list = [];
                }

                list.Add(to);
                return to;
            }

            case SequenceNode sequence:
                foreach (PatternNode item in sequence.Items)
                {
                    from = Build(item, from);
                }

                return from;

            case AlternativesNode alternatives:
            {
                int to = NewState();
                foreach (PatternNode option in alternatives.Options)
                {
                    int entry = NewState();
                    Epsilon(from, entry);
                    Epsilon(Build(option, entry), to);
                }

                return to;
            }

            case OptionalNode optional:
            {
                int entry = NewState();
                Epsilon(from, entry);
                int end = Build(optional.Item, entry);
                Epsilon(from, end);
                return end;
            }

            case TermSetNode termSet:
                return Build(new AlternativesNode(_termSet(termSet.Name)), from);

            case GapNode gap:
            {
                int to = NewState();
                int previous = NewState();
                _states[previous].GapOpen = true;
                Epsilon(from, previous);
                Epsilon(previous, to);
                for (int k = 1; k <= gap.MaxWords; k++)
                {
                    int next = NewState();
                    _states[next].GapOpen = true;
                    (_states[previous].AnyWord ??= []).Add(next);
                    Epsilon(next, to);
                    previous = next;
                }

                return to;
            }

            default:
                throw new InvalidOperationException("Unknown pattern node.");
        }
    }

    private bool StartsWithGap(int entry)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([entry]);
        while (stack.Count > 0)
        {
            int s = stack.Pop();
            if (!seen.Add(s))
            {
                continue;
            }

            if (_states[s].AnyWord is not null)
            {
                return true;
            }

            if (_states[s].Epsilon is { } eps)
            {
                foreach (int e in eps)
                {
                    stack.Push(e);
                }
            }
        }

        return false;
    }

    private void Epsilon(int from, int to) => (_states[from].Epsilon ??= []).Add(to);

    private int NewState()
    {
        _states.Add(new NfaState());
        return _states.Count - 1;
    }
}
