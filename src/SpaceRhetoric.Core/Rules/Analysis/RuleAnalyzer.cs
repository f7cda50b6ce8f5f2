using System.Text;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules.Loading;
using SpaceRhetoric.Rules.Matching;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Rules.Analysis;

/// <summary>
/// Runs a compiled rule pack over documents. Each block is tokenised once and run through the shared
/// automaton; sentences, clauses and quotes are worked out only for blocks with a candidate claim.
/// </summary>
internal sealed class RuleAnalyzer : IDocumentAnalyzer
{
    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly CompiledRule[] _rules;
    private readonly Vocabulary _vocabulary;
    private readonly TokenAutomaton _automaton;
    private readonly CompiledRule[] _regexRules;
    private readonly Dictionary<string, RuleKind> _kindById;

    public RuleAnalyzer(IReadOnlyList<CompiledRule> rules, Vocabulary vocabulary, TokenAutomaton automaton)
    {
        _rules = [.. rules];
        _vocabulary = vocabulary;
        _automaton = automaton;
        _regexRules = [.. _rules.Where(r => r.Regexes.Count > 0)];
        Rules = [.. _rules.Select(r => r.Descriptor)];
        _kindById = _rules.ToDictionary(r => r.Descriptor.Id, r => r.Kind, StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    internal IReadOnlyList<CompiledRule> CompiledRules => _rules;

    internal TokenAutomaton Automaton => _automaton;

    internal Vocabulary Vocabulary => _vocabulary;

    public IReadOnlyList<Diagnostic> Analyze(Document document, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        // Taken, not borrowed: an Explain callback that analyses another document gets its own scratch.
        Scratch scratch = _scratch ?? new Scratch();
        _scratch = null;
        try
        {
            return new Run(this, document, options, scratch).Execute();
        }
        finally
        {
            _scratch = scratch;
        }
    }

    internal sealed class Scratch
    {
        public readonly TokenBuffer Tokens = new();
        public readonly MatchScratch Match = new();
        public readonly List<RawMatch> Raw = [];
        public readonly List<RawMatch> RuleMatches = [];
    }

    private readonly record struct Claim(CompiledRule Rule, int Section, TextSpan SourceSpan, string MatchedText, TextSpan? ContextSpan, string ContextText);

    /// <summary>State of one <see cref="Analyze"/> call.</summary>
    private sealed class Run
    {
        private readonly RuleAnalyzer _owner;
        private readonly Document _document;
        private readonly AnalysisOptions _options;
        private readonly Scratch _scratch;
        private readonly Severity[] _severity;
        private readonly bool[] _phraseNeeded;
        private readonly bool[] _anywhere;
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<Claim> _claims = [];
        private readonly Dictionary<int, int> _wordsBySection = [];
        private readonly bool _anyDocumentRule;

        public Run(RuleAnalyzer owner, Document document, AnalysisOptions options, Scratch scratch)
        {
            _owner = owner;
            _document = document;
            _options = options;
            _scratch = scratch;
            CompiledRule[] rules = owner._rules;
            _severity = new Severity[rules.Length];
            _phraseNeeded = new bool[rules.Length];
            _anywhere = new bool[owner._automaton.TargetCount];
            foreach (CompiledRule rule in rules)
            {
                _severity[rule.Index] = options.SeverityResolver?.Invoke(rule.Descriptor) ?? rule.Descriptor.DefaultSeverity;
            }

            // A document rule counts the claims of phrase rules even when those rules are switched off.
            var counted = new HashSet<string>(StringComparer.Ordinal);
            bool countAll = false;
            foreach (CompiledRule rule in rules)
            {
                if (rule.Kind == RuleKind.Document && _severity[rule.Index] != Severity.None && rule.Document is { } spec)
                {
                    _anyDocumentRule = true;
                    if (spec.Categories.Count == 0)
                    {
                        countAll = true;
                    }

                    counted.UnionWith(spec.Categories);
                }
            }

            foreach (CompiledRule rule in rules)
            {
                _phraseNeeded[rule.Index] = rule.Kind == RuleKind.Phrase &&
                    (_severity[rule.Index] != Severity.None || countAll || counted.Contains(rule.Descriptor.Category));
            }
        }

        public IReadOnlyList<Diagnostic> Execute()
        {
            foreach (ProseBlock block in _document.Blocks)
            {
                AnalyzeBlock(block);
            }

            if (_anyDocumentRule)
            {
                RunDocumentRules();
            }

            _diagnostics.Sort(static (a, b) =>
            {
                int c = a.Span.Start.CompareTo(b.Span.Start);
                if (c == 0)
                {
                    c = string.CompareOrdinal(a.RuleId, b.RuleId);
                }

                return c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
            });
            DropNestedFindings();
            return _diagnostics;
        }

        /// <summary>
        /// One claim, one finding: a phrase finding that lies inside another rule's finding of at least
        /// its severity (e.g. 'for mankind' inside 'a shared future for mankind') says nothing new.
        /// </summary>
        private void DropNestedFindings()
        {
            if (_diagnostics.Count < 2)
            {
                return;
            }

            var kept = new List<Diagnostic>(_diagnostics.Count);
            foreach (Diagnostic d in _diagnostics)
            {
                Diagnostic? cover = null;
                if (IsPhraseFinding(d))
                {
                    // Sorted by start: only kept findings that start at or before d can cover it.
                    for (int i = kept.Count - 1; i >= 0 && cover is null; i--)
                    {
                        Diagnostic k = kept[i];
                        if (k.RuleId != d.RuleId && IsPhraseFinding(k) && k.Span.Contains(d.Span) &&
                            k.Span.Length > d.Span.Length && k.Severity >= d.Severity)
                        {
                            cover = k;
                        }
                    }
                }

                if (cover is null)
                {
                    kept.Add(d);
                }
                else
                {
                    _options.Explain?.Invoke(new ExplainEntry(_document.Path, d.Span.Start, d.RuleId, d.MatchedText,
                        $"merged into {cover.RuleId} ('{cover.MatchedText}'), which covers it"));
                }
            }

            if (kept.Count != _diagnostics.Count)
            {
                _diagnostics.Clear();
                _diagnostics.AddRange(kept);
            }
        }

        private bool IsPhraseFinding(Diagnostic d) =>
            _owner._kindById.TryGetValue(d.RuleId, out RuleKind kind) && kind == RuleKind.Phrase;

        private void AnalyzeBlock(ProseBlock block)
        {
            string text = block.Text;
            if (text.Length == 0)
            {
                return;
            }

            TokenBuffer tokens = _scratch.Tokens;
            Tokenizer.Tokenize(text, _owner._vocabulary, tokens);
            if (_anyDocumentRule)
            {
                int words = 0;
                int possessive = _owner._vocabulary.PossessiveId;
                for (int i = 0; i < tokens.Count; i++)
                {
                    if (tokens.Items[i].WordId != possessive)
                    {
                        words++;
                    }
                }

                _wordsBySection[block.Section] = _wordsBySection.GetValueOrDefault(block.Section) + words;
            }

            List<RawMatch> raw = _scratch.Raw;
            raw.Clear();
            _owner._automaton.Match(tokens, _scratch.Match, raw);
            foreach (CompiledRule rule in _owner._regexRules)
            {
                if (!_phraseNeeded[rule.Index])
                {
                    continue;
                }

                foreach (System.Text.RegularExpressions.Regex regex in rule.Regexes)
                {
                    foreach (System.Text.RegularExpressions.ValueMatch m in regex.EnumerateMatches(text))
                    {
                        if (m.Length > 0 && text.AsSpan(m.Index, m.Length).IndexOf(ProseBlock.Boundary) < 0)
                        {
                            raw.Add(new RawMatch(rule.Index, m.Index, m.Index + m.Length));
                        }
                    }
                }
            }

            int ruleCount = _owner._rules.Length;
            List<RawMatch> candidates = _scratch.RuleMatches;
            candidates.Clear();
            foreach (RawMatch m in raw)
            {
                if (m.Target >= ruleCount)
                {
                    _anywhere[m.Target] = true;
                }
                else if (_phraseNeeded[m.Target] && InScope(_owner._rules[m.Target], block.Scope))
                {
                    candidates.Add(m);
                }
            }

            if (candidates.Count == 0)
            {
                return;
            }

            // Per rule: leftmost first, longest at the same start, and nothing overlapping a kept match.
            candidates.Sort(static (a, b) =>
            {
                int c = a.Target.CompareTo(b.Target);
                if (c == 0)
                {
                    c = a.Start.CompareTo(b.Start);
                }

                return c != 0 ? c : (b.End - b.Start).CompareTo(a.End - a.Start);
            });

            var context = new BlockContext(text, raw);
            int lastTarget = -1;
            int lastEnd = -1;
            foreach (RawMatch m in candidates)
            {
                if (m.Target == lastTarget && m.Start < lastEnd)
                {
                    continue;
                }

                lastTarget = m.Target;
                lastEnd = m.End;
                Evaluate(_owner._rules[m.Target], block, m, context);
            }
        }

        private static bool InScope(CompiledRule rule, ProseScope scope) =>
            scope == ProseScope.None || rule.Scopes == RuleScopes.All || (rule.Scopes & scope) != 0;

        private void Evaluate(CompiledRule rule, ProseBlock block, RawMatch match, BlockContext context)
        {
            var span = TextSpan.FromBounds(match.Start, match.End);
            TextSpan sentence = context.SentenceAt(match.Start);
            string matchedText = Fold(block.Text.AsSpan(span.Start, span.Length));
            Severity severity = _severity[rule.Index];
            bool reported = severity != Severity.None;
            Severity? downgrade = null;
            var absent = new List<string>();
            RuleOptions? overrides = RuleOptionsFor(rule.Descriptor.Id);

            foreach (CompiledUnless unless in rule.Unless)
            {
                QualifierWindow windowKind = unless.Window;
                if (overrides?.QualifierWindow is { } w && RuleFileReader.TryParseWindowName(w, out QualifierWindow parsed))
                {
                    windowKind = parsed;
                }

                TextSpan window = windowKind switch
                {
                    QualifierWindow.Clause => context.ClauseAt(match.Start),
                    QualifierWindow.Paragraph => new TextSpan(0, block.Text.Length),
                    _ => sentence,
                };

                if (context.FindOccurrence(unless.Target, window) is not { } found)
                {
                    absent.Add(unless.Name);
                    continue;
                }

                string where = windowKind.ToString().ToLowerInvariant();
                string seen = Fold(block.Text.AsSpan(found.Start, found.End - found.Start));
                if (unless.Downgrade is not { } to)
                {
                    if (reported)
                    {
                        Explain(block, match, rule, matchedText, $"suppressed by qualifier '{unless.Name}' (\"{seen}\") in {where}");
                    }

                    return;
                }

                downgrade = Min(downgrade, to);
                if (reported)
                {
                    Explain(block, match, rule, matchedText, $"downgraded to {to.ToName()} by qualifier '{unless.Name}' (\"{seen}\") in {where}");
                }
            }

            bool quoted = context.IsQuoted(span, sentence);
            if (quoted)
            {
                QuotedMode mode = rule.Quoted;
                if (overrides?.Quoted is { } q && QuotedMode.TryParse(q, out QuotedMode configured))
                {
                    mode = configured;
                }

                if (mode.Skip)
                {
                    if (reported)
                    {
                        Explain(block, match, rule, matchedText, "skipped: the claim is quoted");
                    }

                    return;
                }

                if (mode.Downgrade is { } to)
                {
                    downgrade = Min(downgrade, to);
                    if (reported)
                    {
                        Explain(block, match, rule, matchedText, $"downgraded to {to.ToName()}: the claim is quoted");
                    }
                }
            }

            TextSpan sourceSpan = block.MapToSource(span);
            TextSpan contextSource = block.MapToSource(sentence);
            string sentenceText = context.SentenceText(sentence);
            _claims.Add(new Claim(rule, block.Section, sourceSpan, matchedText, contextSource, sentenceText));
            if (!reported)
            {
                return;
            }

            Severity final = downgrade is { } d && d < severity ? d : severity;
            if (final == Severity.None)
            {
                return;
            }

            string absentText = string.Join(", ", absent);
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["category"] = rule.Descriptor.Category,
                ["absentQualifiers"] = string.Join(",", absent),
                ["quoted"] = quoted ? "true" : "false",
                ["scope"] = RuleScopes.Format(block.Scope),
            };

            Fix? fix = null;
            if (rule.Fix is { } fixSpec)
            {
                string replacement = fixSpec.Replacement.Replace("{match}", matchedText, StringComparison.Ordinal);
                fix = new Fix(fixSpec.Description ?? $"Replace with '{replacement}'.", sourceSpan, replacement);
            }

            _diagnostics.Add(new Diagnostic
            {
                RuleId = rule.Descriptor.Id,
                Severity = final,
                DefaultSeverity = rule.Descriptor.DefaultSeverity,
                Message = FormatMessage(rule.Descriptor.MessageFormat, matchedText, sentenceText, absentText, null, null),
                Span = sourceSpan,
                MatchedText = matchedText,
                ContextSpan = contextSource,
                ContextText = sentenceText,
                Fix = fix,
                Properties = properties,
            });
        }

        private void RunDocumentRules()
        {
            foreach (CompiledRule rule in _owner._rules)
            {
                if (rule.Kind != RuleKind.Document || rule.Document is not { } spec || _severity[rule.Index] == Severity.None)
                {
                    continue;
                }

                var claims = _claims
                    .Where(c => spec.Categories.Count == 0 || spec.Categories.Contains(c.Rule.Descriptor.Category))
                    .OrderBy(c => c.SourceSpan.Start)
                    .ToList();
                if (claims.Count == 0)
                {
                    continue;
                }

                if (rule.UnlessAnywhereTarget >= 0 && _anywhere[rule.UnlessAnywhereTarget])
                {
                    Claim first = claims[0];
                    _options.Explain?.Invoke(new ExplainEntry(_document.Path, first.SourceSpan.Start, rule.Descriptor.Id, first.MatchedText,
                        $"suppressed by qualifier '{spec.UnlessAnywhere}' found elsewhere in the document"));
                    continue;
                }

                if (spec.PerThousandWords is not { } threshold)
                {
                    if (claims.Count >= spec.MinClaims)
                    {
                        AddDocumentFinding(rule, claims[0], claims.Count, spec.MinClaims.ToString(System.Globalization.CultureInfo.InvariantCulture), TotalWords());
                    }

                    continue;
                }

                IEnumerable<IGrouping<int, Claim>> groups = spec.PerSection
                    ? claims.GroupBy(c => c.Section)
                    : claims.GroupBy(_ => -1);
                foreach (IGrouping<int, Claim> group in groups)
                {
                    int words = group.Key < 0 ? TotalWords() : _wordsBySection.GetValueOrDefault(group.Key);
                    int count = group.Count();
                    if (words == 0 || words < spec.MinWords || count < spec.MinClaims)
                    {
                        continue;
                    }

                    double density = count * 1000.0 / words;
                    if (density > threshold)
                    {
                        AddDocumentFinding(rule, group.First(), count, threshold.ToString(System.Globalization.CultureInfo.InvariantCulture), words);
                    }
                }
            }
        }

        private int TotalWords() => _wordsBySection.Values.Sum();

        private void AddDocumentFinding(CompiledRule rule, Claim at, int count, string threshold, int words)
        {
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["category"] = rule.Descriptor.Category,
                ["claims"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["words"] = words.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["absentQualifiers"] = rule.Document?.UnlessAnywhere ?? "",
                ["quoted"] = "false",
                ["scope"] = "document",
            };

            _diagnostics.Add(new Diagnostic
            {
                RuleId = rule.Descriptor.Id,
                Severity = _severity[rule.Index],
                DefaultSeverity = rule.Descriptor.DefaultSeverity,
                Message = FormatMessage(rule.Descriptor.MessageFormat, at.MatchedText, at.ContextText, rule.Document?.UnlessAnywhere ?? "", count, threshold, words),
                Span = at.SourceSpan,
                MatchedText = at.MatchedText,
                ContextSpan = at.ContextSpan,
                ContextText = at.ContextText,
                Properties = properties,
            });
        }

        private RuleOptions? RuleOptionsFor(string id)
        {
            IReadOnlyDictionary<string, RuleOptions> all = _options.RuleOptions;
            if (all.Count == 0)
            {
                return null;
            }

            all.TryGetValue(id, out RuleOptions? specific);
            all.TryGetValue("*", out RuleOptions? general);
            if (specific is null)
            {
                return general;
            }

            return general is null ? specific : new RuleOptions
            {
                QualifierWindow = specific.QualifierWindow ?? general.QualifierWindow,
                Quoted = specific.Quoted ?? general.Quoted,
            };
        }

        private void Explain(ProseBlock block, RawMatch match, CompiledRule rule, string matchedText, string decision) =>
            _options.Explain?.Invoke(new ExplainEntry(_document.Path, block.GetSourceOffset(match.Start), rule.Descriptor.Id, matchedText, decision));

        private static Severity Min(Severity? current, Severity candidate) =>
            current is { } c && c < candidate ? c : candidate;
    }

    internal static string FormatMessage(string template, string match, string sentence, string absent, int? count, string? threshold, int? words = null)
    {
        var sb = new StringBuilder(template);
        sb.Replace("{match}", match)
          .Replace("{sentence}", sentence)
          .Replace("{absent}", absent.Length == 0 ? "none" : absent);
        if (count is { } n)
        {
            sb.Replace("{count}", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (threshold is not null)
        {
            sb.Replace("{threshold}", threshold);
        }

        if (words is { } w)
        {
            sb.Replace("{words}", w.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        string message = sb.ToString().Trim();
        if (message.Length > 0 && message[^1] is not ('.' or '!' or '?'))
        {
            message += ".";
        }

        return message;
    }

    /// <summary>Whitespace runs (line breaks included) become one space.</summary>
    internal static string Fold(ReadOnlySpan<char> text) => WhitespaceFolding.Fold(text);
}
