using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Finds and reads <c>.spacerhetoric.yaml</c>. Every problem becomes a <see cref="ToolDiagnostic"/> (SR9101–SR9106)
/// with the 1-based line and column of the offending node; all are collected, then thrown together.
/// </summary>
/// <example>
/// <code>
/// var config = ConfigLoader.Discover(Directory.GetCurrentDirectory(), explicitPath: options.Config);
/// var pack = RulePackLoader.Load(config.DefaultRules, config.RuleDirectories);
/// ConfigLoader.ValidateRuleIds(config, pack.Analyzer.Rules);
/// </code>
/// </example>
public static partial class ConfigLoader
{
    internal static readonly IReadOnlyList<string> TopLevelKeys =
    [
        "rules", "defaultRules", "include", "exclude", "severity", "overrides", "options",
        "failLevel", "failOn", "gitignore", "reportUnusedSuppressions",
    ];

    private static readonly IReadOnlyList<string> OverrideKeys = ["files", "severity"];
    private static readonly IReadOnlyList<string> OptionKeys = ["qualifierWindow", "quoted"];
    private static readonly IReadOnlyList<string> QualifierWindows = ["clause", "sentence", "paragraph"];
    private static readonly IReadOnlyList<string> QuotedValues = ["report", "skip", "note", "warning", "error"];

    /// <summary>
    /// The nearest configuration file at or above <paramref name="startDirectory"/> (the first found walking up
    /// to the filesystem root), or null.
    /// </summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            foreach (string name in SpaceRhetoricConfig.FileNames)
            {
                string candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Loads <paramref name="explicitPath"/> when given (the <c>--config</c> option), else the file found upward from
    /// <paramref name="startDirectory"/>, else the defaults rooted at <paramref name="startDirectory"/>.
    /// </summary>
    /// <exception cref="ToolDiagnosticException">The file is missing, unreadable or invalid.</exception>
    public static SpaceRhetoricConfig Discover(string startDirectory, string? explicitPath = null)
    {
        if (explicitPath is not null)
        {
            return Load(explicitPath);
        }

        string? found = Find(startDirectory);
        return found is null ? SpaceRhetoricConfig.Default(startDirectory) : Load(found);
    }

    /// <exception cref="ToolDiagnosticException">The file is missing, unreadable or invalid.</exception>
    public static SpaceRhetoricConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolDiagnosticException(ToolDiagnostic.Error(
                ToolDiagnosticIds.ConfigMalformed, path, 0, 0, $"Cannot read the configuration file: {ex.Message}"));
        }

        return Parse(text, path);
    }

    /// <summary>Parses configuration text; <paramref name="path"/> names the file in diagnostics and anchors relative paths.</summary>
    /// <exception cref="ToolDiagnosticException">Every problem found, in document order.</exception>
    public static SpaceRhetoricConfig Parse(string yaml, string path)
    {
        var parser = new Parser(path);
        SpaceRhetoricConfig config = parser.Run(yaml);
        if (parser.Diagnostics.Count > 0)
        {
            throw new ToolDiagnosticException([.. parser.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        }

        return config;
    }

    /// <summary>
    /// Checks that every folder under <c>rules:</c> exists (SR9106 at the entry). Call before loading the rule packs,
    /// so that the mistake points into the configuration file.
    /// </summary>
    /// <exception cref="ToolDiagnosticException">Some folder does not exist.</exception>
    public static void ValidateRuleDirectories(SpaceRhetoricConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var diagnostics = new List<ToolDiagnostic>();
        for (int i = 0; i < config.RuleDirectories.Count && i < config.RuleDirectoryReferences.Count; i++)
        {
            if (!Directory.Exists(config.RuleDirectories[i]))
            {
                ConfigRuleReference reference = config.RuleDirectoryReferences[i];
                diagnostics.Add(ToolDiagnostic.Error(ToolDiagnosticIds.ConfigInvalidValue, config.Path ?? config.DisplayName, reference.Line, reference.Column,
                    $"Rules folder '{reference.Key}' does not exist (paths are relative to the configuration file's folder)."));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new ToolDiagnosticException(diagnostics);
        }
    }

    /// <summary>
    /// Checks every rule ID and category the file names against the loaded rules (SR9103 with did-you-mean).
    /// Call once the rule packs have loaded.
    /// </summary>
    /// <exception cref="ToolDiagnosticException">Some ID or category is unknown.</exception>
    public static void ValidateRuleIds(SpaceRhetoricConfig config, IEnumerable<RuleDescriptor> rules)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (RuleDescriptor rule in rules)
        {
            ids.Add(rule.Id);
            categories.Add(rule.Category);
        }

        var diagnostics = new List<ToolDiagnostic>();
        foreach (ConfigRuleReference reference in config.RuleReferences)
        {
            if (reference.Key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase))
            {
                string category = reference.Key[CategoryPrefix.Length..];
                if (!categories.Contains(category))
                {
                    diagnostics.Add(ToolDiagnostic.Error(ToolDiagnosticIds.ConfigUnknownRule, config.Path ?? config.DisplayName, reference.Line, reference.Column,
                        $"No loaded rule has category '{category}'.{DidYouMean.Suffix(category, categories.Order(StringComparer.Ordinal))}"));
                }
            }
            else if (!ids.Contains(reference.Key))
            {
                diagnostics.Add(ToolDiagnostic.Error(ToolDiagnosticIds.ConfigUnknownRule, config.Path ?? config.DisplayName, reference.Line, reference.Column,
                    $"No loaded rule has ID '{reference.Key}'.{DidYouMean.Suffix(reference.Key, ids.Order(StringComparer.Ordinal))}"));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new ToolDiagnosticException(diagnostics);
        }
    }

    internal const string CategoryPrefix = "category:";

    [GeneratedRegex(@"^SR\d{4}$")]
    internal static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^category:[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex CategoryKeyPattern();

    private sealed class Parser(string path)
    {
        private readonly string _directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath(".");
        private readonly List<ConfigRuleReference> _references = [];

        public List<ToolDiagnostic> Diagnostics { get; } = [];

        public SpaceRhetoricConfig Run(string yaml)
        {
            var config = new SpaceRhetoricConfig { Path = Path.GetFullPath(path), Directory = _directory };
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                Error(ToolDiagnosticIds.ConfigMalformed, ex.Start.Line, ex.Start.Column, $"Malformed YAML: {Inner(ex).Message}");
                return config;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" })
            {
                return config;
            }

            if (stream.Documents.Count > 1)
            {
                Error(ToolDiagnosticIds.ConfigMalformed, stream.Documents[1].RootNode, "A configuration file holds one YAML document.");
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Error(ToolDiagnosticIds.ConfigMalformed, stream.Documents[0].RootNode, "The configuration must be a mapping of keys to values.");
                return config;
            }

            foreach (var (keyNode, value) in root.Children)
            {
                string key = KeyOf(keyNode);
                switch (key)
                {
                    case "rules":
                        List<YamlScalarNode> folders = Strings(value, key);
                        config = config with
                        {
                            RuleDirectories = [.. folders.Select(s => Path.GetFullPath(Path.Combine(_directory, s.Value!)))],
                            RuleDirectoryReferences = [.. folders.Select(s => new ConfigRuleReference(s.Value!, (int)s.Start.Line, (int)s.Start.Column))],
                        };
                        break;
                    case "defaultRules":
                        config = config with { DefaultRules = Bool(value, key) ?? config.DefaultRules };
                        break;
                    case "include":
                        config = config with { Include = Globs(value, key) };
                        break;
                    case "exclude":
                        config = config with { Exclude = Globs(value, key) };
                        break;
                    case "severity":
                        config = config with { Severity = SeverityMap(value, key) };
                        break;
                    case "overrides":
                        config = config with { Overrides = Overrides(value) };
                        break;
                    case "options":
                        config = config with { Options = Options(value) };
                        break;
                    case "failLevel":
                        config = config with { FailLevel = FailLevel(value) };
                        break;
                    case "failOn":
                        config = config with { FailOn = FailOnValue(value) };
                        break;
                    case "gitignore":
                        config = config with { GitIgnore = Bool(value, key) ?? config.GitIgnore };
                        break;
                    case "reportUnusedSuppressions":
                        config = config with { ReportUnusedSuppressions = UnusedSuppressions(value) ?? config.ReportUnusedSuppressions };
                        break;
                    default:
                        UnknownKey(keyNode, key, TopLevelKeys, "configuration");
                        break;
                }
            }

            return config with { RuleReferences = _references };
        }

        private static Exception Inner(Exception ex) => ex.InnerException is YamlException inner ? Inner(inner) : ex;

        private string KeyOf(YamlNode keyNode)
        {
            if (keyNode is YamlScalarNode { Value: { } value })
            {
                return value;
            }

            Error(ToolDiagnosticIds.ConfigMalformed, keyNode, "A key must be a plain word.");
            return string.Empty;
        }

        private void UnknownKey(YamlNode node, string key, IReadOnlyList<string> known, string where)
        {
            if (key.Length == 0)
            {
                return;
            }

            Error(ToolDiagnosticIds.ConfigUnknownKey, node,
                $"Unknown key '{key}' in {where}.{DidYouMean.Suffix(key, known)} Known keys: {string.Join(", ", known)}.");
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

        private List<YamlScalarNode> Strings(YamlNode node, string key)
        {
            var result = new List<YamlScalarNode>();
            if (IsNull(node))
            {
                return result;
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(ToolDiagnosticIds.ConfigInvalidValue, node, $"'{key}' takes a list, e.g. [\"docs/**/*.md\"].");
                return result;
            }

            foreach (YamlNode item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: not null } scalar && !IsNull(item))
                {
                    result.Add(scalar);
                }
                else if (key is "include" or "exclude" or "files")
                {
                    Error(ToolDiagnosticIds.ConfigInvalidGlob, item, $"Each entry of '{key}' must be a non-empty glob.");
                }
                else
                {
                    Error(ToolDiagnosticIds.ConfigInvalidValue, item, $"Each entry of '{key}' must be a text value.");
                }
            }

            return result;
        }

        private List<string> Globs(YamlNode node, string key)
        {
            var result = new List<string>();
            foreach (YamlScalarNode scalar in Strings(node, key))
            {
                string? problem = ConfigGlob.Validate(scalar.Value!);
                if (problem is null)
                {
                    result.Add(scalar.Value!);
                }
                else
                {
                    Error(ToolDiagnosticIds.ConfigInvalidGlob, scalar, problem);
                }
            }

            return result;
        }

        private bool? Bool(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value })
            {
                if (value is "true" or "True" or "TRUE")
                {
                    return true;
                }

                if (value is "false" or "False" or "FALSE")
                {
                    return false;
                }
            }

            Error(ToolDiagnosticIds.ConfigInvalidValue, node, $"'{key}' takes true or false.");
            return null;
        }

        private string? Scalar(YamlNode node, string key, IReadOnlyList<string> allowed, string id)
        {
            if (node is YamlScalarNode { Value: { } value } && allowed.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return value.Trim().ToLowerInvariant();
            }

            string shown = node is YamlScalarNode { Value: { } v } ? $"'{v}'" : "this value";
            string hint = node is YamlScalarNode { Value: { } w } ? DidYouMean.Suffix(w, allowed) : string.Empty;
            Error(id, node, $"'{key}' takes one of {string.Join(", ", allowed)}, not {shown}.{hint}");
            return null;
        }

        private Severity? FailLevel(YamlNode node) =>
            Scalar(node, "failLevel", ["error", "warning", "note"], ToolDiagnosticIds.ConfigInvalidSeverity) is { } name
                && SeverityNames.TryParse(name, out Severity severity) ? severity : null;

        private FailOn? FailOnValue(YamlNode node) => Scalar(node, "failOn", ["any", "new"], ToolDiagnosticIds.ConfigInvalidValue) switch
        {
            "any" => Configuration.FailOn.Any,
            "new" => Configuration.FailOn.New,
            _ => null,
        };

        private Severity? UnusedSuppressions(YamlNode node)
        {
            if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } flag)
            {
                return flag.Value == "true" ? Severity.Warning : Severity.None;
            }

            return Scalar(node, "reportUnusedSuppressions", ["true", "false", .. SeverityNames.All], ToolDiagnosticIds.ConfigInvalidSeverity) is { } name
                && SeverityNames.TryParse(name, out Severity severity) ? severity : null;
        }

        private Dictionary<string, Severity> SeverityMap(YamlNode node, string where)
        {
            var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            if (IsNull(node))
            {
                return result;
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(ToolDiagnosticIds.ConfigInvalidValue, node, $"'{where}' maps rule IDs, 'category:<name>' or '*' to a severity, e.g. SR1001: error.");
                return result;
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                string key = KeyOf(keyNode);
                if (!RuleKey(keyNode, key, allowCategory: true))
                {
                    continue;
                }

                if (value is YamlScalarNode { Value: { } name } && SeverityNames.TryParse(name, out Severity severity))
                {
                    result[key] = severity;
                }
                else
                {
                    string shown = value is YamlScalarNode { Value: { } v } ? $"'{v}'" : "this value";
                    string hint = value is YamlScalarNode { Value: { } w } ? DidYouMean.Suffix(w, SeverityNames.All) : string.Empty;
                    Error(ToolDiagnosticIds.ConfigInvalidSeverity, value, $"Severity of '{key}' must be one of {string.Join(", ", SeverityNames.All)}, not {shown}.{hint}");
                }
            }

            return result;
        }

        private bool RuleKey(YamlNode keyNode, string key, bool allowCategory)
        {
            if (key == "*")
            {
                return true;
            }

            if (RuleIdPattern().IsMatch(key) || (allowCategory && CategoryKeyPattern().IsMatch(key)))
            {
                _references.Add(new ConfigRuleReference(key, (int)keyNode.Start.Line, (int)keyNode.Start.Column));
                return true;
            }

            if (key.Length > 0)
            {
                string expected = allowCategory ? "a rule ID (SR1001), 'category:<name>' or '*'" : "a rule ID (SR1001) or '*'";
                Error(ToolDiagnosticIds.ConfigUnknownRule, keyNode, $"'{key}' is not {expected}.");
            }

            return false;
        }

        private List<ConfigOverride> Overrides(YamlNode node)
        {
            var result = new List<ConfigOverride>();
            if (IsNull(node))
            {
                return result;
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(ToolDiagnosticIds.ConfigInvalidValue, node, "'overrides' takes a list of {files: [globs], severity: {...}} entries.");
                return result;
            }

            foreach (YamlNode item in sequence.Children)
            {
                if (item is not YamlMappingNode entry)
                {
                    Error(ToolDiagnosticIds.ConfigInvalidValue, item, "Each override is a mapping with 'files' and 'severity'.");
                    continue;
                }

                List<string>? files = null;
                Dictionary<string, Severity>? severity = null;
                foreach (var (keyNode, value) in entry.Children)
                {
                    string key = KeyOf(keyNode);
                    switch (key)
                    {
                        case "files":
                            files = Globs(value, "files");
                            break;
                        case "severity":
                            severity = SeverityMap(value, "severity");
                            break;
                        default:
                            UnknownKey(keyNode, key, OverrideKeys, "an override");
                            break;
                    }
                }

                if (files is null)
                {
                    Error(ToolDiagnosticIds.ConfigInvalidValue, item, "An override needs 'files': the globs it applies to.");
                    continue;
                }

                result.Add(new ConfigOverride(files, severity ?? [], result.Count));
            }

            return result;
        }

        private Dictionary<string, RuleOptions> Options(YamlNode node)
        {
            var result = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);
            if (IsNull(node))
            {
                return result;
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(ToolDiagnosticIds.ConfigInvalidValue, node, "'options' maps a rule ID or '*' to {qualifierWindow, quoted}.");
                return result;
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                string key = KeyOf(keyNode);
                if (!RuleKey(keyNode, key, allowCategory: false))
                {
                    continue;
                }

                if (IsNull(value))
                {
                    continue;
                }

                if (value is not YamlMappingNode optionMap)
                {
                    Error(ToolDiagnosticIds.ConfigInvalidValue, value, $"Options of '{key}' are a mapping, e.g. {{qualifierWindow: sentence}}.");
                    continue;
                }

                var options = new RuleOptions();
                foreach (var (optionKeyNode, optionValue) in optionMap.Children)
                {
                    string optionKey = KeyOf(optionKeyNode);
                    switch (optionKey)
                    {
                        case "qualifierWindow":
                            options = options with { QualifierWindow = Scalar(optionValue, optionKey, QualifierWindows, ToolDiagnosticIds.ConfigInvalidValue) };
                            break;
                        case "quoted":
                            options = options with
                            {
                                Quoted = Scalar(optionValue, optionKey, QuotedValues,
                                    optionValue is YamlScalarNode { Value: "none" } ? ToolDiagnosticIds.ConfigInvalidSeverity : ToolDiagnosticIds.ConfigInvalidValue),
                            };
                            break;
                        default:
                            UnknownKey(optionKeyNode, optionKey, OptionKeys, $"options of '{key}'");
                            break;
                    }
                }

                result[key] = options;
            }

            return result;
        }

        private void Error(string id, YamlNode node, string message) => Error(id, node.Start.Line, node.Start.Column, message);

        private void Error(string id, long line, long column, string message) =>
            Diagnostics.Add(ToolDiagnostic.Error(id, path, (int)line, (int)column, message));
    }
}
