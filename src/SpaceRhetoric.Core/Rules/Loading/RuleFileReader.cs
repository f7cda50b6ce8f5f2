using System.Globalization;
using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpaceRhetoric.Rules.Loading;

/// <summary>
/// Reads one YAML file of a rule pack (a rule file or a vocabulary file) into specs, adding a
/// positioned <see cref="ToolDiagnostic"/> for every problem instead of stopping at the first.
/// </summary>
internal sealed partial class RuleFileReader
{
    public static readonly IReadOnlyList<string> RuleKeys =
    [
        "id", "name", "title", "category", "severity", "description", "message", "suggestion", "help", "helpUri",
        "tags", "precision", "scopes", "kind", "patterns", "regex", "unless", "quoted", "fix", "document", "examples",
    ];

    public static readonly IReadOnlyList<string> PhraseCategories =
    [
        "universal-benefit", "unity-claim", "shared-future", "speaking-for-humanity", "grandiose-destiny", "national-solution",
    ];

    public static readonly IReadOnlyList<string> Precisions = ["very-high", "high", "medium", "low"];

    private static readonly string[] _requiredRuleKeys = ["id", "name", "title", "category", "severity", "message"];
    private static readonly string[] _unlessKeys = ["qualifier", "patterns", "window", "severity", "name"];
    private static readonly string[] _fixKeys = ["replacement", "description"];
    private static readonly string[] _exampleKeys = ["flagged", "passing"];
    private static readonly string[] _documentKeys = ["minClaims", "categories", "unlessAnywhere", "density"];
    private static readonly string[] _densityKeys = ["perThousandWords", "per", "minWords"];
    private static readonly string[] _vocabularyKeys = ["termSets", "description"];
    private static readonly string[] _termSetKeys = ["description", "terms"];

    private readonly List<ToolDiagnostic> _errors;
    private string _path = "";

    public RuleFileReader(List<ToolDiagnostic> errors)
    {
        _errors = errors;
    }

    /// <summary>Reads <paramref name="text"/>; adds what it finds to <paramref name="rules"/> and <paramref name="termSets"/>.</summary>
    public void Read(string path, string text, List<RuleSpec> rules, List<TermSetSpec> termSets)
    {
        _path = path;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            string message = CleanYamlMessage(ex);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
            {
                // The parser blames the enclosing mapping; the tab itself is what the writer must fix.
                _errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.MalformedYaml, path, tab.Line, tab.Column, "Malformed YAML: a tab indents this line; indent with spaces."));
            }
            else
            {
                Error(ToolDiagnosticIds.MalformedYaml, ex.Start, "Malformed YAML: " + message);
            }

            return;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some unclosed flow collections; find where the parser stopped.
            Mark at = LastParsedMark(text);
            Error(ToolDiagnosticIds.MalformedYaml, at, "Malformed YAML: unexpected end of a '[ ]' or '{ }' collection; check its brackets.");
            return;
        }

        if (stream.Documents.Count == 0)
        {
            _errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.MissingKey, path, 1, 1, "The file is empty; a rule file needs 'id', a vocabulary file 'termSets'."));
            return;
        }

        if (stream.Documents.Count > 1)
        {
            Error(ToolDiagnosticIds.InvalidValue, stream.Documents[1].RootNode.Start, "A rule file holds one YAML document; remove the second '---' document.");
        }

        YamlNode root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            Error(ToolDiagnosticIds.InvalidValue, root.Start, "A rule file must be a mapping of keys ('id: SR1001', ...).");
            return;
        }

        if (Find(map, "id") is not null)
        {
            RuleSpec? rule = ReadRule(map);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }
        else if (Find(map, "termSets") is not null)
        {
            ReadVocabulary(map, termSets);
        }
        else
        {
            Error(ToolDiagnosticIds.MissingKey, map.Start, "Missing required key 'id' (a rule file) or 'termSets' (a vocabulary file).");
        }
    }

    private RuleSpec? ReadRule(YamlMappingNode map)
    {
        CheckKeys(map, RuleKeys, "rule");
        bool ok = true;
        foreach (string key in _requiredRuleKeys)
        {
            if (Find(map, key) is null)
            {
                Error(ToolDiagnosticIds.MissingKey, map.Start, $"Missing required key '{key}'.");
                ok = false;
            }
        }

        string? id = RequiredString(map, "id", out YamlNode? idNode);
        if (id is not null && !RuleIdRegex().IsMatch(id))
        {
            Error(ToolDiagnosticIds.InvalidRuleId, idNode!.Start, $"Rule ID '{id}' must be 'SR' and four digits, e.g. 'SR1001'.");
            ok = false;
        }

        string? name = RequiredString(map, "name", out YamlNode? nameNode);
        if (name is not null)
        {
            if (!PascalCaseRegex().IsMatch(name))
            {
                Error(ToolDiagnosticIds.InvalidValue, nameNode!.Start, $"Rule name '{name}' must be PascalCase, e.g. 'BenefitOfAllHumanity'.");
                ok = false;
            }
            else if (string.Equals(name, id, StringComparison.OrdinalIgnoreCase))
            {
                Error(ToolDiagnosticIds.InvalidValue, nameNode!.Start, "The rule name must differ from its ID.");
                ok = false;
            }
        }

        RuleKind kind = RuleKind.Phrase;
        if (OptionalString(map, "kind", out YamlNode? kindNode) is { } kindText)
        {
            switch (kindText)
            {
                case "phrase": break;
                case "document": kind = RuleKind.Document; break;
                default:
                    Error(ToolDiagnosticIds.InvalidValue, kindNode!.Start, $"Invalid kind '{kindText}'; expected 'phrase' or 'document'.");
                    ok = false;
                    break;
            }
        }

        string? title = RequiredString(map, "title", out _);
        string? category = RequiredString(map, "category", out YamlNode? categoryNode);
        if (category is not null)
        {
            bool valid = kind == RuleKind.Document ? KebabRegex().IsMatch(category) : PhraseCategories.Contains(category);
            if (!valid)
            {
                string expected = kind == RuleKind.Document
                    ? "a kebab-case name such as 'claim-density'"
                    : "one of " + string.Join(", ", PhraseCategories);
                Error(ToolDiagnosticIds.InvalidValue, categoryNode!.Start, $"Invalid category '{category}'; expected {expected}{Suggest(category, PhraseCategories)}.");
                ok = false;
            }
        }

        Severity severity = Severity.Warning;
        if (RequiredString(map, "severity", out YamlNode? severityNode) is { } severityText && !SeverityNames.TryParse(severityText, out severity))
        {
            Error(ToolDiagnosticIds.InvalidSeverity, severityNode!.Start, $"Invalid severity '{severityText}'; expected one of {string.Join(", ", SeverityNames.All)}.");
            ok = false;
        }

        string? message = RequiredString(map, "message", out _);
        string precision = "high";
        if (OptionalString(map, "precision", out YamlNode? precisionNode) is { } precisionText)
        {
            if (Precisions.Contains(precisionText))
            {
                precision = precisionText;
            }
            else
            {
                Error(ToolDiagnosticIds.InvalidValue, precisionNode!.Start, $"Invalid precision '{precisionText}'; expected one of {string.Join(", ", Precisions)}.");
                ok = false;
            }
        }

        ProseScope scopes = RuleScopes.All;
        if (Find(map, "scopes") is { } scopesNode)
        {
            scopes = ProseScope.None;
            foreach (YamlScalarNode scalar in StringList(scopesNode, "scopes"))
            {
                if (RuleScopes.TryParse(scalar.Value ?? "", out ProseScope scope))
                {
                    scopes |= scope;
                }
                else
                {
                    Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"Invalid scope '{scalar.Value}'; expected one of {string.Join(", ", RuleScopes.Names.Select(n => n.Name))}{Suggest(scalar.Value ?? "", RuleScopes.Names.Select(n => n.Name))}.");
                    ok = false;
                }
            }
        }

        List<PatternSource> patterns = [];
        if (Find(map, "patterns") is { } patternsNode)
        {
            patterns.AddRange(StringList(patternsNode, "patterns").Select(ToPatternSource));
        }

        List<Regex> regexes = [];
        List<SourceMark> regexMarks = [];
        if (Find(map, "regex") is { } regexNode)
        {
            foreach (YamlScalarNode scalar in StringList(regexNode, "regex"))
            {
                if (CompileRegex(scalar) is { } regex)
                {
                    regexes.Add(regex);
                    regexMarks.Add(Mark(scalar.Start));
                }
                else
                {
                    ok = false;
                }
            }
        }

        DocumentSpec? document = null;
        if (kind == RuleKind.Document)
        {
            if (Find(map, "document") is { } documentNode)
            {
                document = ReadDocument(documentNode);
            }
            else
            {
                Error(ToolDiagnosticIds.MissingKey, map.Start, "Missing required key 'document' (a rule of kind 'document').");
                ok = false;
            }

            if (patterns.Count > 0 || regexes.Count > 0)
            {
                Error(ToolDiagnosticIds.InvalidValue, (Find(map, "patterns") ?? Find(map, "regex"))!.Start, "A document rule counts the claims of other rules; it has no 'patterns' or 'regex'.");
                ok = false;
            }
        }
        else
        {
            if (patterns.Count == 0 && regexes.Count == 0 && Find(map, "patterns") is null && Find(map, "regex") is null)
            {
                Error(ToolDiagnosticIds.MissingKey, map.Start, "Missing required key 'patterns' (or 'regex').");
                ok = false;
            }

            if (Find(map, "document") is { } stray)
            {
                Error(ToolDiagnosticIds.InvalidValue, stray.Start, "'document' applies only to a rule with 'kind: document'.");
                ok = false;
            }
        }

        List<UnlessSpec> unless = [];
        if (Find(map, "unless") is { } unlessNode)
        {
            unless.AddRange(ReadUnless(unlessNode));
        }

        QuotedMode quoted = QuotedMode.Report;
        if (OptionalString(map, "quoted", out YamlNode? quotedNode) is { } quotedText && !QuotedMode.TryParse(quotedText, out quoted))
        {
            Error(ToolDiagnosticIds.InvalidValue, quotedNode!.Start, $"Invalid value '{quotedText}' for 'quoted'; expected report, skip, or a severity (error, warning, note).");
            ok = false;
        }

        FixSpec? fix = null;
        if (Find(map, "fix") is { } fixNode && AsMapping(fixNode, "fix") is { } fixMap)
        {
            CheckKeys(fixMap, _fixKeys, "fix");
            string? replacement = RequiredString(fixMap, "replacement", out _);
            if (replacement is not null)
            {
                fix = new FixSpec { Replacement = replacement, Description = OptionalString(fixMap, "description", out _) };
            }
        }

        List<RuleExample> examples = [];
        if (Find(map, "examples") is { } examplesNode && AsMapping(examplesNode, "examples") is { } examplesMap)
        {
            CheckKeys(examplesMap, _exampleKeys, "examples");
            foreach ((string key, RuleExampleKind exampleKind) in new[] { ("flagged", RuleExampleKind.Flagged), ("passing", RuleExampleKind.Passing) })
            {
                if (Find(examplesMap, key) is { } listNode)
                {
                    foreach (YamlScalarNode scalar in StringList(listNode, "examples." + key))
                    {
                        examples.Add(new RuleExample(id ?? "", exampleKind, scalar.Value ?? "", _path, (int)scalar.Start.Line, (int)scalar.Start.Column));
                    }
                }
            }
        }

        List<string> tags = [];
        if (Find(map, "tags") is { } tagsNode)
        {
            tags.AddRange(StringList(tagsNode, "tags").Select(s => s.Value ?? ""));
        }

        if (!ok || id is null || name is null || title is null || category is null || message is null)
        {
            return null;
        }

        var descriptor = new RuleDescriptor
        {
            Id = id,
            Name = name,
            Title = title,
            Description = OptionalString(map, "description", out _),
            Category = category,
            DefaultSeverity = severity,
            MessageFormat = message,
            HelpMarkdown = OptionalString(map, "help", out _),
            HelpUri = OptionalString(map, "helpUri", out _),
            Suggestion = OptionalString(map, "suggestion", out _),
            Tags = tags,
            Precision = precision,
            SourcePath = _path,
        };

        return new RuleSpec
        {
            Descriptor = descriptor,
            IdMark = Mark(idNode!.Start),
            NameMark = Mark(nameNode!.Start),
            Kind = kind,
            Scopes = scopes,
            Patterns = patterns,
            Regexes = regexes,
            RegexMarks = regexMarks,
            Unless = unless,
            Quoted = quoted,
            Fix = fix,
            Document = document,
            Examples = examples,
        };
    }

    private IEnumerable<UnlessSpec> ReadUnless(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(ToolDiagnosticIds.InvalidValue, node.Start, "'unless' must be a list of qualifiers ('- qualifier: stakeholder').");
            yield break;
        }

        foreach (YamlNode item in sequence)
        {
            if (item is YamlScalarNode shorthand)
            {
                // "- stakeholder" is short for "- qualifier: stakeholder".
                if (CheckTermSetName(shorthand))
                {
                    yield return new UnlessSpec { Name = shorthand.Value!, Qualifier = shorthand.Value, QualifierMark = Mark(shorthand.Start) };
                }

                continue;
            }

            if (AsMapping(item, "unless") is not { } entry)
            {
                continue;
            }

            CheckKeys(entry, _unlessKeys, "unless");
            string? qualifier = null;
            SourceMark? qualifierMark = null;
            if (Find(entry, "qualifier") is { } qualifierNode && AsScalar(qualifierNode, "qualifier") is { } qualifierScalar && CheckTermSetName(qualifierScalar))
            {
                qualifier = qualifierScalar.Value;
                qualifierMark = Mark(qualifierScalar.Start);
            }

            List<PatternSource> patterns = [];
            if (Find(entry, "patterns") is { } patternsNode)
            {
                patterns.AddRange(StringList(patternsNode, "unless.patterns").Select(ToPatternSource));
            }

            bool hasQualifier = Find(entry, "qualifier") is not null;
            bool hasPatterns = Find(entry, "patterns") is not null;
            if (!hasQualifier && !hasPatterns)
            {
                Error(ToolDiagnosticIds.MissingKey, entry.Start, "Missing required key 'qualifier' (a term set) or 'patterns' in 'unless'.");
                continue;
            }

            if (hasQualifier && hasPatterns)
            {
                Error(ToolDiagnosticIds.InvalidValue, Find(entry, "patterns")!.Start, "An 'unless' entry has either 'qualifier' or 'patterns', not both; write two entries.");
                continue;
            }

            QualifierWindow window = QualifierWindow.Sentence;
            if (OptionalString(entry, "window", out YamlNode? windowNode) is { } windowText && !TryParseWindow(windowText, out window))
            {
                Error(ToolDiagnosticIds.InvalidValue, windowNode!.Start, $"Invalid window '{windowText}'; expected clause, sentence or paragraph.");
            }

            Severity? downgrade = null;
            if (OptionalString(entry, "severity", out YamlNode? severityNode) is { } severityText)
            {
                if (SeverityNames.TryParse(severityText, out Severity parsed))
                {
                    downgrade = parsed;
                }
                else
                {
                    Error(ToolDiagnosticIds.InvalidSeverity, severityNode!.Start, $"Invalid severity '{severityText}'; expected one of {string.Join(", ", SeverityNames.All)}.");
                }
            }

            if (qualifier is null && patterns.Count == 0)
            {
                continue;
            }

            string name = OptionalString(entry, "name", out _) ?? qualifier ?? patterns[0].Text;
            yield return new UnlessSpec
            {
                Name = name,
                Qualifier = qualifier,
                QualifierMark = qualifierMark,
                Patterns = patterns,
                Window = window,
                Severity = downgrade,
            };
        }
    }

    private DocumentSpec? ReadDocument(YamlNode node)
    {
        if (AsMapping(node, "document") is not { } map)
        {
            return null;
        }

        CheckKeys(map, _documentKeys, "document");
        int minClaims = OptionalInt(map, "minClaims", 1, 1) ?? 1;
        List<string> categories = [];
        if (Find(map, "categories") is { } categoriesNode)
        {
            foreach (YamlScalarNode scalar in StringList(categoriesNode, "categories"))
            {
                if (PhraseCategories.Contains(scalar.Value))
                {
                    categories.Add(scalar.Value!);
                }
                else
                {
                    Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"Invalid category '{scalar.Value}'; expected one of {string.Join(", ", PhraseCategories)}{Suggest(scalar.Value ?? "", PhraseCategories)}.");
                }
            }
        }

        string? unlessAnywhere = null;
        SourceMark? unlessMark = null;
        if (Find(map, "unlessAnywhere") is { } unlessNode && AsScalar(unlessNode, "unlessAnywhere") is { } unlessScalar && CheckTermSetName(unlessScalar))
        {
            unlessAnywhere = unlessScalar.Value;
            unlessMark = Mark(unlessScalar.Start);
        }

        double? perThousand = null;
        bool perSection = true;
        int minWords = 0;
        if (Find(map, "density") is { } densityNode && AsMapping(densityNode, "density") is { } density)
        {
            CheckKeys(density, _densityKeys, "density");
            if (Find(density, "perThousandWords") is null)
            {
                Error(ToolDiagnosticIds.MissingKey, density.Start, "Missing required key 'perThousandWords' in 'density'.");
            }
            else if (AsScalar(Find(density, "perThousandWords")!, "perThousandWords") is { } scalar)
            {
                if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0)
                {
                    perThousand = value;
                }
                else
                {
                    Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"Invalid value '{scalar.Value}' for 'perThousandWords'; expected a number above 0.");
                }
            }

            if (OptionalString(density, "per", out YamlNode? perNode) is { } per)
            {
                switch (per)
                {
                    case "section": perSection = true; break;
                    case "document": perSection = false; break;
                    default:
                        Error(ToolDiagnosticIds.InvalidValue, perNode!.Start, $"Invalid value '{per}' for 'per'; expected section or document.");
                        break;
                }
            }

            minWords = OptionalInt(density, "minWords", 0, 0) ?? 0;
        }

        return new DocumentSpec
        {
            MinClaims = minClaims,
            Categories = categories,
            UnlessAnywhere = unlessAnywhere,
            UnlessAnywhereMark = unlessMark,
            PerThousandWords = perThousand,
            PerSection = perSection,
            MinWords = minWords,
        };
    }

    private void ReadVocabulary(YamlMappingNode map, List<TermSetSpec> termSets)
    {
        CheckKeys(map, _vocabularyKeys, "vocabulary");
        if (AsMapping(Find(map, "termSets")!, "termSets") is not { } sets)
        {
            return;
        }

        foreach ((YamlNode keyNode, YamlNode value) in sets.Children)
        {
            if (keyNode is not YamlScalarNode key || !CheckTermSetName(key))
            {
                continue;
            }

            string? description = null;
            YamlNode? termsNode = value;
            if (value is YamlMappingNode setMap)
            {
                CheckKeys(setMap, _termSetKeys, "term set");
                description = OptionalString(setMap, "description", out _);
                termsNode = Find(setMap, "terms");
                if (termsNode is null)
                {
                    Error(ToolDiagnosticIds.MissingKey, setMap.Start, $"Missing required key 'terms' in term set '{key.Value}'.");
                    continue;
                }
            }

            List<PatternSource> terms = StringList(termsNode, "terms").Select(ToPatternSource).ToList();
            if (terms.Count == 0)
            {
                Error(ToolDiagnosticIds.InvalidValue, termsNode.Start, $"Term set '{key.Value}' has no terms.");
                continue;
            }

            termSets.Add(new TermSetSpec { Name = key.Value!, Mark = Mark(key.Start), Description = description, Terms = terms });
        }
    }

    private Regex? CompileRegex(YamlScalarNode scalar)
    {
        string pattern = scalar.Value ?? "";
        if (pattern.Length == 0)
        {
            Error(ToolDiagnosticIds.InvalidRegex, scalar.Start, "Empty regular expression.");
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException ex)
        {
            Error(ToolDiagnosticIds.InvalidRegex, scalar.Start, $"Invalid regular expression '{pattern}': {ex.Message} Rule regexes run without backtracking, so backreferences, lookarounds, atomic groups and conditionals are not available.");
        }
        catch (ArgumentException ex)
        {
            Error(ToolDiagnosticIds.InvalidRegex, scalar.Start, $"Invalid regular expression '{pattern}': {ex.Message}");
        }

        return null;
    }

    private bool CheckTermSetName(YamlScalarNode scalar)
    {
        if (scalar.Value is { } v && KebabRegex().IsMatch(v))
        {
            return true;
        }

        Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"Invalid term set name '{scalar.Value}'; use lower-case words joined by hyphens, e.g. 'critical-framing'.");
        return false;
    }

    private static bool TryParseWindow(string text, out QualifierWindow window)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "clause": window = QualifierWindow.Clause; return true;
            case "sentence": window = QualifierWindow.Sentence; return true;
            case "paragraph": window = QualifierWindow.Paragraph; return true;
            default: window = QualifierWindow.Sentence; return false;
        }
    }

    internal static bool TryParseWindowName(string text, out QualifierWindow window) => TryParseWindow(text, out window);

    private PatternSource ToPatternSource(YamlScalarNode scalar)
    {
        bool oneLine = scalar.Start.Line == scalar.End.Line;
        bool usable = oneLine && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        int quoteOffset = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var mark = new SourceMark(_path, (int)scalar.Start.Line, (int)scalar.Start.Column + (usable ? quoteOffset : 0));
        return new PatternSource(scalar.Value ?? "", mark, usable);
    }

    private void CheckKeys(YamlMappingNode map, IReadOnlyList<string> known, string what)
    {
        foreach (YamlNode keyNode in map.Children.Keys)
        {
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                Error(ToolDiagnosticIds.InvalidValue, keyNode.Start, "Keys must be plain words.");
                continue;
            }

            if (!known.Contains(key.Value))
            {
                Error(ToolDiagnosticIds.UnknownKey, key.Start, $"Unknown key '{key.Value}' in {what}{Suggest(key.Value, known)}.");
            }
        }
    }

    private string? RequiredString(YamlMappingNode map, string key, out YamlNode? node)
    {
        node = Find(map, key);
        if (node is null)
        {
            return null;
        }

        return StringValue(node, key);
    }

    private string? OptionalString(YamlMappingNode map, string key, out YamlNode? node)
    {
        node = Find(map, key);
        return node is null ? null : StringValue(node, key);
    }

    private string? StringValue(YamlNode node, string key)
    {
        if (AsScalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"'{key}' must not be empty.");
            return null;
        }

        return scalar.Value.Trim();
    }

    private int? OptionalInt(YamlMappingNode map, string key, int minimum, int fallback)
    {
        if (Find(map, key) is not { } node || AsScalar(node, key) is not { } scalar)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= minimum)
        {
            return value;
        }

        Error(ToolDiagnosticIds.InvalidValue, scalar.Start, $"Invalid value '{scalar.Value}' for '{key}'; expected a whole number of at least {minimum}.");
        return fallback;
    }

    private YamlScalarNode? AsScalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        Error(ToolDiagnosticIds.InvalidValue, node.Start, $"'{key}' must be a single value, not a {Describe(node)}.");
        return null;
    }

    private YamlMappingNode? AsMapping(YamlNode node, string key)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(ToolDiagnosticIds.InvalidValue, node.Start, $"'{key}' must be a mapping of keys, not a {Describe(node)}.");
        return null;
    }

    /// <summary>A list of strings; a single string stands for a list of one.</summary>
    private List<YamlScalarNode> StringList(YamlNode node, string key)
    {
        var list = new List<YamlScalarNode>();
        if (node is YamlScalarNode single)
        {
            if (!string.IsNullOrWhiteSpace(single.Value))
            {
                list.Add(single);
            }
            else
            {
                Error(ToolDiagnosticIds.InvalidValue, single.Start, $"'{key}' must not be empty.");
            }

            return list;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(ToolDiagnosticIds.InvalidValue, node.Start, $"'{key}' must be a list of strings, not a {Describe(node)}.");
            return list;
        }

        foreach (YamlNode item in sequence)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                list.Add(scalar);
            }
            else
            {
                Error(ToolDiagnosticIds.InvalidValue, item.Start, $"Each item of '{key}' must be a non-empty string, not a {Describe(item)}.");
            }
        }

        return list;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) => "empty value",
        _ => "single value",
    };

    private static YamlNode? Find(YamlMappingNode map, string key)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    private SourceMark Mark(Mark mark) => new(_path, (int)mark.Line, (int)mark.Column);

    private void Error(string id, Mark mark, string message) =>
        _errors.Add(ToolDiagnostic.Error(id, _path, (int)mark.Line, (int)mark.Column, message));

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        int line = 1;
        int column = 1;
        bool indent = true;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                indent = true;
                continue;
            }

            if (indent && c == '\t')
            {
                return (line, column);
            }

            indent &= c == ' ';
            column++;
        }

        return null;
    }

    private static Mark LastParsedMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        Mark last = YamlDotNet.Core.Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            if (ex is YamlException yaml)
            {
                return yaml.Start;
            }
        }

        return last;
    }

    private static string CleanYamlMessage(YamlException ex)
    {
        string message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        return YamlPositionPrefixRegex().Replace(message, "").Trim();
    }

    /// <summary>" (did you mean 'x'?)" for the closest candidate within a small edit distance, else "".</summary>
    internal static string Suggest(string value, IEnumerable<string> candidates) =>
        DidYouMean.Closest(value, candidates) is { } best ? $" (did you mean '{best}'?)" : "";

    [GeneratedRegex(@"^SR\d{4}$")]
    private static partial Regex RuleIdRegex();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$")]
    private static partial Regex PascalCaseRegex();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabRegex();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex YamlPositionPrefixRegex();
}
