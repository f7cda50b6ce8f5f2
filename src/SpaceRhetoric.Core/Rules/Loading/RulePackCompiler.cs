using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Rules.Loading;

/// <summary>
/// Turns validated specs into a <see cref="RuleAnalyzer"/>: parses every pattern and term, checks term-set
/// references and cycles, and compiles all token patterns of all rules and qualifiers into one automaton.
/// </summary>
internal sealed class RulePackCompiler
{
    private readonly List<ToolDiagnostic> _errors;
    private readonly Vocabulary _vocabulary = new();
    private readonly Dictionary<string, TermSetSpec> _termSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PatternNode>> _parsedTerms = new(StringComparer.Ordinal);

    public RulePackCompiler(List<ToolDiagnostic> errors)
    {
        _errors = errors;
    }

    public RuleAnalyzer? Compile(IReadOnlyList<RuleSpec> rules, IReadOnlyList<TermSetSpec> termSets)
    {
        int errorsBefore = _errors.Count;
        foreach (TermSetSpec set in termSets)
        {
            if (_termSets.TryGetValue(set.Name, out TermSetSpec? first))
            {
                Error(ToolDiagnosticIds.InvalidValue, set.Mark, $"Duplicate term set '{set.Name}'; already defined in {first.Mark.Path}({first.Mark.Line},{first.Mark.Column}).");
                continue;
            }

            _termSets.Add(set.Name, set);
        }

        foreach (TermSetSpec set in _termSets.Values)
        {
            var parsed = new List<PatternNode>();
            foreach (PatternSource term in set.Terms)
            {
                if (ParsePattern(term) is { } node)
                {
                    parsed.Add(node);
                }
            }

            _parsedTerms.Add(set.Name, parsed);
        }

        CheckCycles();

        var ordered = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        var builder = new AutomatonBuilder(name => _parsedTerms[name]);
        int nextTarget = ordered.Count;
        var qualifierTargets = new Dictionary<string, int>(StringComparer.Ordinal);
        var targetNames = new List<string>();
        int QualifierTarget(string name)
        {
            if (!qualifierTargets.TryGetValue(name, out int target))
            {
                target = nextTarget++;
                qualifierTargets.Add(name, target);
                builder.Add(new AlternativesNode(_parsedTerms[name]), target);
            }

            return target;
        }

        var compiled = new List<CompiledRule>();
        for (int index = 0; index < ordered.Count; index++)
        {
            RuleSpec spec = ordered[index];
            foreach (PatternSource pattern in spec.Patterns)
            {
                if (ParsePattern(pattern) is { } node && !builder.Add(node, index))
                {
                    Error(ToolDiagnosticIds.InvalidPattern, pattern.Mark, $"Pattern '{pattern.Text}' can start with a gap; make its first word required.");
                }
            }

            var unless = new List<CompiledUnless>();
            foreach (UnlessSpec u in spec.Unless)
            {
                int target;
                if (u.Qualifier is not null)
                {
                    if (!_termSets.ContainsKey(u.Qualifier))
                    {
                        Error(ToolDiagnosticIds.UnknownTermSet, u.QualifierMark!.Value, $"Unknown term set '{u.Qualifier}'{RuleFileReader.Suggest(u.Qualifier, _termSets.Keys)}.");
                        continue;
                    }

                    target = QualifierTarget(u.Qualifier);
                }
                else
                {
                    target = nextTarget++;
                    foreach (PatternSource pattern in u.Patterns)
                    {
                        if (ParsePattern(pattern) is { } node && !builder.Add(node, target))
                        {
                            Error(ToolDiagnosticIds.InvalidPattern, pattern.Mark, $"Pattern '{pattern.Text}' can start with a gap; make its first word required.");
                        }
                    }
                }

                unless.Add(new CompiledUnless(u.Name, target, u.Window, u.Severity));
            }

            int anywhereTarget = -1;
            if (spec.Document?.UnlessAnywhere is { } anywhere)
            {
                if (_termSets.ContainsKey(anywhere))
                {
                    anywhereTarget = QualifierTarget(anywhere);
                }
                else
                {
                    Error(ToolDiagnosticIds.UnknownTermSet, spec.Document.UnlessAnywhereMark!.Value, $"Unknown term set '{anywhere}'{RuleFileReader.Suggest(anywhere, _termSets.Keys)}.");
                }
            }

            compiled.Add(new CompiledRule
            {
                Index = index,
                Descriptor = spec.Descriptor,
                Kind = spec.Kind,
                Scopes = spec.Scopes,
                Regexes = spec.Regexes,
                Unless = unless,
                Quoted = spec.Quoted,
                Fix = spec.Fix,
                Document = spec.Document,
                UnlessAnywhereTarget = anywhereTarget,
            });
        }

        if (_errors.Count > errorsBefore)
        {
            return null;
        }

        TokenAutomaton automaton = builder.Build(_vocabulary.Count, nextTarget);
        return new RuleAnalyzer(compiled, _vocabulary, automaton);
    }

    private PatternNode? ParsePattern(PatternSource source)
    {
        PatternNode node;
        try
        {
            node = PatternParser.Parse(source.Text, _vocabulary);
        }
        catch (PatternSyntaxException ex)
        {
            Error(ToolDiagnosticIds.InvalidPattern, source.At(ex.Offset), $"Invalid pattern '{source.Text}': {ex.Message}");
            return null;
        }

        bool ok = true;
        foreach (TermSetNode reference in References(node))
        {
            if (!_termSets.ContainsKey(reference.Name))
            {
                Error(ToolDiagnosticIds.UnknownTermSet, source.At(reference.Offset), $"Unknown term set '{reference.Name}'{RuleFileReader.Suggest(reference.Name, _termSets.Keys)}.");
                ok = false;
            }
        }

        if (ok && CanMatchNothing(node))
        {
            Error(ToolDiagnosticIds.InvalidPattern, source.Mark, $"Invalid pattern '{source.Text}': every part is optional, so it would match no words.");
            return null;
        }

        return ok ? node : null;
    }

    private bool CanMatchNothing(PatternNode node) => node switch
    {
        WordNode => false,
        SequenceNode s => s.Items.All(CanMatchNothing),
        AlternativesNode a => a.Options.Any(CanMatchNothing),
        OptionalNode => true,
        GapNode => true,

        // Terms are checked on their own; a set whose terms all failed to parse counts as not empty.
        TermSetNode t => _parsedTerms.TryGetValue(t.Name, out List<PatternNode>? terms) && terms.Any(CanMatchNothing),
        _ => false,
    };

    private static IEnumerable<TermSetNode> References(PatternNode node)
    {
        switch (node)
        {
            case TermSetNode t:
                yield return t;
                break;
            case SequenceNode s:
                foreach (TermSetNode r in s.Items.SelectMany(References))
                {
                    yield return r;
                }

                break;
            case AlternativesNode a:
                foreach (TermSetNode r in a.Options.SelectMany(References))
                {
                    yield return r;
                }

                break;
            case OptionalNode o:
                foreach (TermSetNode r in References(o.Item))
                {
                    yield return r;
                }

                break;
        }
    }

    /// <summary>A term set that refers to itself, directly or through others, cannot be expanded.</summary>
    private void CheckCycles()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var broken = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string name)
        {
            state[name] = 1;
            path.Add(name);
            foreach (TermSetNode reference in _parsedTerms[name].SelectMany(References).ToList())
            {
                if (!_parsedTerms.ContainsKey(reference.Name))
                {
                    continue;
                }

                int s = state.GetValueOrDefault(reference.Name);
                if (s == 1)
                {
                    int from = path.IndexOf(reference.Name);
                    string cycle = string.Join(" → ", path.Skip(from).Append(reference.Name));
                    TermSetSpec spec = _termSets[reference.Name];
                    if (broken.Add(reference.Name))
                    {
                        Error(ToolDiagnosticIds.InvalidValue, spec.Mark, $"Term set '{reference.Name}' refers to itself ({cycle}).");
                    }
                }
                else if (s == 0)
                {
                    Visit(reference.Name);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[name] = 2;
        }

        foreach (string name in _parsedTerms.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (state.GetValueOrDefault(name) == 0)
            {
                Visit(name);
            }
        }

        // Drop references into cycles so later expansion terminates even while errors are collected.
        foreach (string name in broken)
        {
            _parsedTerms[name] = [];
        }
    }

    private void Error(string id, SourceMark mark, string message) =>
        _errors.Add(ToolDiagnostic.Error(id, mark.Path, mark.Line, mark.Column, message));
}
