using System.Collections.Concurrent;
using Microsoft.Extensions.FileSystemGlobbing;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Everything configuration decides for one lint run, shaped to plug into the engine's hooks:
/// <see cref="OptionsForFile"/> (per-file <see cref="AnalysisOptions"/>), <see cref="Include"/> (file filter) and
/// <see cref="PostProcess"/> (in-document suppressions). Severity precedence, highest first:
/// <c>.editorconfig</c> (Roslyn rules), <c>.spacerhetoric.yaml</c> <c>overrides</c> matching the file (later entries
/// win), <c>.spacerhetoric.yaml</c> <c>severity</c>, the rule's default; within each layer a rule ID beats
/// <c>category:</c>, which beats <c>*</c>. Options are cached per distinct set of matching settings. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var context = new ConfigurationContext(config, rootDirectory, pack.Analyzer.Rules);
/// var options = new LintOptions { OptionsForFile = context.OptionsForFile, Include = context.Include, PostProcess = context.PostProcess };
/// </code>
/// </example>
public sealed class ConfigurationContext
{
    private readonly IReadOnlyList<RuleDescriptor> _rules;
    private readonly EditorConfigSeverityResolver? _editorConfig;
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly Matcher?[] _overrideMatchers;
    private readonly GitIgnoreFilter? _gitIgnore;
    private readonly SuppressionDirectives _suppressions;
    private readonly Action<ExplainEntry>? _explain;
    private readonly ConcurrentDictionary<string, AnalysisOptions> _optionsCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RuleSeverityOverride, byte> _overrides = new();
    private readonly ConcurrentDictionary<string, byte> _enabled = new(StringComparer.Ordinal);

    /// <param name="config">The loaded configuration (<see cref="SpaceRhetoricConfig.Default"/> when there is no file).</param>
    /// <param name="rootDirectory">The run's root: relative paths given to the hooks are relative to it.</param>
    /// <param name="rules">Every loaded rule.</param>
    /// <param name="useEditorConfig">Whether <c>.editorconfig</c> files are read.</param>
    /// <param name="explain">Passed on in every <see cref="AnalysisOptions.Explain"/>.</param>
    public ConfigurationContext(SpaceRhetoricConfig config, string rootDirectory, IReadOnlyList<RuleDescriptor> rules,
        bool useEditorConfig = true, Action<ExplainEntry>? explain = null)
    {
        Config = config;
        RootDirectory = Path.GetFullPath(rootDirectory);
        _rules = rules;
        _editorConfig = useEditorConfig ? new EditorConfigSeverityResolver() : null;
        _include = ConfigGlob.Build(config.Include);
        _exclude = ConfigGlob.Build(config.Exclude);
        _overrideMatchers = [.. config.Overrides.Select(o => ConfigGlob.Build(o.Files))];
        _gitIgnore = config.GitIgnore ? new GitIgnoreFilter(RootDirectory) : null;
        _suppressions = new SuppressionDirectives(rules);
        _explain = explain;
    }

    public SpaceRhetoricConfig Config { get; }

    public string RootDirectory { get; }

    /// <summary>The directive handler used by <see cref="PostProcess"/>.</summary>
    public SuppressionDirectives Suppressions => _suppressions;

    /// <summary>
    /// Configured severities that differ from a rule's default and applied to some file seen so far, sorted by rule
    /// ID, severity and source (for SARIF <c>ruleConfigurationOverrides</c>). Read after the run.
    /// </summary>
    public IReadOnlyList<RuleSeverityOverride> SeverityOverrides =>
        [.. _overrides.Keys.OrderBy(o => o.RuleId, StringComparer.Ordinal).ThenBy(o => o.Severity).ThenBy(o => o.Source, StringComparer.Ordinal)];

    /// <summary>
    /// The rules on by default or turned on for some file seen so far, sorted by ID (for
    /// <see cref="LintRunResult.Rules"/>). Read after the run.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> EnabledRules =>
        [.. _rules.Where(r => r.DefaultSeverity != Severity.None || _enabled.ContainsKey(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>The engine's <c>OptionsForFile</c> hook: options for a path relative to <see cref="RootDirectory"/>.</summary>
    /// <exception cref="ToolDiagnosticException">An <c>.editorconfig</c> on the way is invalid (SR9104).</exception>
    public AnalysisOptions OptionsForFile(string relativePath) => OptionsFor(relativePath, FullPath(relativePath));

    /// <summary>Options for one document: severities after every configuration layer, and rule options.</summary>
    /// <exception cref="ToolDiagnosticException">An <c>.editorconfig</c> on the way is invalid (SR9104).</exception>
    /// <param name="relativePath">The path as reported; unused today, kept so the signature matches the engine's view of a file.</param>
    /// <param name="fullPath">The absolute path, which globs and <c>.editorconfig</c> sections are matched against.</param>
    public AnalysisOptions OptionsFor(string relativePath, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        EditorConfigSettings? editorConfig = _editorConfig?.GetSettings(fullPath);
        int[] overrides = MatchingOverrides(fullPath);
        string key = (editorConfig?.Signature ?? string.Empty) + "\u001F" + string.Join(',', overrides);
        return _optionsCache.GetOrAdd(key, _ => Build(editorConfig, overrides));
    }

    /// <summary>The effective severity of <paramref name="rule"/> in a file and where it was set; null when the default applies.</summary>
    public SeverityDecision? FindSeverity(RuleDescriptor rule, string fullPath) =>
        Decide(rule, _editorConfig?.GetSettings(fullPath), MatchingOverrides(fullPath));

    /// <summary>
    /// The engine's <c>Include</c> hook: false when the file is outside <c>include</c> (if given), matches
    /// <c>exclude</c>, or is ignored by <c>.gitignore</c> (when <c>gitignore: true</c>).
    /// </summary>
    public bool Include(string relativePath)
    {
        string fullPath = FullPath(relativePath);
        string? configRelative = ConfigRelative(fullPath);
        if (_include is not null && (configRelative is null || !ConfigGlob.IsMatch(_include, configRelative)))
        {
            return false;
        }

        if (_exclude is not null && configRelative is not null && ConfigGlob.IsMatch(_exclude, configRelative))
        {
            return false;
        }

        return _gitIgnore is null || !_gitIgnore.IsIgnored(fullPath);
    }

    /// <summary>The engine's <c>PostProcess</c> hook: applies suppression comments with the configured unused-report severity.</summary>
    public IReadOnlyList<Diagnostic> PostProcess(Document document, IReadOnlyList<Diagnostic> findings) =>
        _suppressions.Apply(document, findings, Config.ReportUnusedSuppressions);

    private AnalysisOptions Build(EditorConfigSettings? editorConfig, int[] overrides)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (RuleDescriptor rule in _rules)
        {
            SeverityDecision? decision = Decide(rule, editorConfig, overrides);
            severities[rule.Id] = decision?.Severity ?? rule.DefaultSeverity;
            if (severities[rule.Id] != Severity.None)
            {
                _enabled.TryAdd(rule.Id, 0);
            }

            if (decision is not null && decision.Severity != rule.DefaultSeverity)
            {
                _overrides.TryAdd(new RuleSeverityOverride(rule.Id, decision.Severity, SourceName(decision.SourcePath)), 0);
            }
        }

        return new AnalysisOptions
        {
            SeverityResolver = rule => severities.TryGetValue(rule.Id, out Severity s) ? s : Decide(rule, editorConfig, overrides)?.Severity ?? rule.DefaultSeverity,
            RuleOptions = Config.Options,
            Explain = _explain,
        };
    }

    private SeverityDecision? Decide(RuleDescriptor rule, EditorConfigSettings? editorConfig, int[] overrides)
    {
        if (editorConfig?.Find(rule) is { } fromEditorConfig)
        {
            return fromEditorConfig;
        }

        string configPath = Config.Path ?? Config.DisplayName;
        string[] keys = [rule.Id, ConfigLoader.CategoryPrefix + rule.Category, "*"];
        if (overrides.Length > 0)
        {
            foreach (string key in keys)
            {
                // Later overrides win: search from the last matching entry back.
                for (int i = overrides.Length - 1; i >= 0; i--)
                {
                    ConfigOverride entry = Config.Overrides[overrides[i]];
                    if (entry.Severity.TryGetValue(key, out Severity severity))
                    {
                        return new SeverityDecision(severity, configPath, 0, $"overrides[{entry.Index}].severity.{key}");
                    }
                }
            }
        }

        foreach (string key in keys)
        {
            if (Config.Severity.TryGetValue(key, out Severity severity))
            {
                return new SeverityDecision(severity, configPath, 0, $"severity.{key}");
            }
        }

        return null;
    }

    private int[] MatchingOverrides(string fullPath)
    {
        if (_overrideMatchers.Length == 0 || ConfigRelative(fullPath) is not { } relative)
        {
            return [];
        }

        var matching = new List<int>();
        for (int i = 0; i < _overrideMatchers.Length; i++)
        {
            if (_overrideMatchers[i] is { } matcher && ConfigGlob.IsMatch(matcher, relative))
            {
                matching.Add(i);
            }
        }

        return [.. matching];
    }

    private string FullPath(string relativePath) => Path.GetFullPath(Path.Combine(RootDirectory, relativePath));

    /// <summary>The path relative to the config file's folder, or null when the file lies outside it.</summary>
    private string? ConfigRelative(string fullPath)
    {
        string relative = Path.GetRelativePath(Config.Directory, fullPath).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }

    private string SourceName(string sourcePath) =>
        Path.IsPathRooted(sourcePath) ? Path.GetRelativePath(RootDirectory, sourcePath).Replace('\\', '/') : sourcePath;
}
