using System.Reflection;
using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Rules.Loading;

namespace SpaceRhetoric.Rules;

/// <summary>Loads rule packs (YAML rule files, term sets, docs) into a compiled analyzer.</summary>
public static partial class RulePackLoader
{
    private const string ResourcePrefix = "rules/";

    /// <summary>
    /// Loads the embedded default pack (unless <paramref name="includeDefaultPack"/> is false) and every
    /// <c>.yaml</c>/<c>.yml</c> file under each of <paramref name="directories"/>.
    /// </summary>
    /// <exception cref="ToolDiagnosticException">Any rule-file error, with file, line and column.</exception>
    /// <example><c>RulePackLoader.Load(true, ["my-rules"]).Analyzer.Analyze(document, AnalysisOptions.Default)</c></example>
    public static LoadedRulePack Load(bool includeDefaultPack, IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var errors = new List<ToolDiagnostic>();
        var sources = new List<PackFile>();
        if (includeDefaultPack)
        {
            sources.AddRange(DefaultPackFiles());
        }

        foreach (string directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.RulesFolderNotFound, directory, 0, 0, $"Rules folder '{directory}' not found."));
                continue;
            }

            sources.AddRange(DirectoryFiles(directory, errors));
        }

        return Build(sources, errors);
    }

    /// <summary>
    /// Loads files given as text (display path, content); for tests and tools. <paramref name="defaultPack"/>
    /// stands in for the embedded pack when given.
    /// </summary>
    internal static LoadedRulePack LoadSources(IEnumerable<(string Path, string Text)> files, bool includeDefaultPack = false, IEnumerable<(string Path, string Text)>? defaultPack = null)
    {
        var sources = new List<PackFile>();
        if (defaultPack is not null)
        {
            sources.AddRange(defaultPack.Select(f => new PackFile(f.Path, f.Text, IsDefault: true)));
        }
        else if (includeDefaultPack)
        {
            sources.AddRange(DefaultPackFiles());
        }

        sources.AddRange(files.Select(f => new PackFile(f.Path, f.Text, IsDefault: false)));
        return Build(sources, []);
    }

    private static LoadedRulePack Build(List<PackFile> sources, List<ToolDiagnostic> errors)
    {
        var reader = new RuleFileReader(errors);
        var rules = new List<RuleSpec>();
        var termSets = new List<TermSetSpec>();
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        var defaultIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (PackFile file in sources)
        {
            string fileName = file.Path[(file.Path.LastIndexOf('/') + 1)..];
            if (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                if (DocPageRegex().IsMatch(fileName))
                {
                    docs[fileName[..^3]] = file.Text;
                }

                continue;
            }

            int before = rules.Count;
            reader.Read(file.Path, file.Text, rules, termSets);
            if (file.IsDefault)
            {
                for (int i = before; i < rules.Count; i++)
                {
                    defaultIds.Add(rules[i].Descriptor.Id);
                }
            }
        }

        var unique = new List<RuleSpec>();
        var byId = new Dictionary<string, RuleSpec>(StringComparer.Ordinal);
        var byName = new Dictionary<string, RuleSpec>(StringComparer.Ordinal);
        foreach (RuleSpec rule in rules)
        {
            string id = rule.Descriptor.Id;
            if (byId.TryGetValue(id, out RuleSpec? first))
            {
                string why = defaultIds.Contains(id) && first.Descriptor.SourcePath!.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                    ? " User rules may not reuse an ID of the default pack; pick a free ID (SR2000 and up are never used by the default pack)."
                    : "";
                errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.DuplicateRuleId, rule.IdMark.Path, rule.IdMark.Line, rule.IdMark.Column,
                    $"Duplicate rule ID '{id}'; already defined in {first.Descriptor.SourcePath}.{why}"));
                continue;
            }

            if (byName.TryGetValue(rule.Descriptor.Name, out RuleSpec? sameName))
            {
                errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.InvalidValue, rule.NameMark.Path, rule.NameMark.Line, rule.NameMark.Column,
                    $"Rule name '{rule.Descriptor.Name}' is already used by {sameName.Descriptor.Id} in {sameName.Descriptor.SourcePath}."));
                continue;
            }

            byId.Add(id, rule);
            byName.Add(rule.Descriptor.Name, rule);
            if (docs.TryGetValue(id, out string? doc))
            {
                rule.Descriptor = rule.Descriptor with { HelpMarkdown = doc };
            }

            unique.Add(rule);
        }

        RuleAnalyzer? analyzer = new RulePackCompiler(errors).Compile(unique, termSets);
        if (errors.Count > 0 || analyzer is null)
        {
            var ordered = errors
                .Select((e, i) => (e, i))
                .OrderBy(x => x.e.Path, StringComparer.Ordinal)
                .ThenBy(x => x.e.Line)
                .ThenBy(x => x.e.Column)
                .ThenBy(x => x.i)
                .Select(x => x.e)
                .ToList();
            throw new ToolDiagnosticException(ordered);
        }

        var examples = unique
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .SelectMany(r => r.Examples)
            .ToList();
        return new LoadedRulePack(analyzer, docs) { Examples = examples, Specs = unique, TermSets = termSets };
    }

    private static IEnumerable<PackFile> DefaultPackFiles()
    {
        Assembly assembly = typeof(RulePackLoader).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (!IsPackFile(name))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            yield return new PackFile(name, reader.ReadToEnd(), IsDefault: true);
        }
    }

    private static List<PackFile> DirectoryFiles(string directory, List<ToolDiagnostic> errors)
    {
        string root = Path.GetFullPath(directory);
        string display = directory.Replace('\\', '/').TrimEnd('/');
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(IsPackFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        var result = new List<PackFile>();
        foreach (string relative in files)
        {
            string path = display.Length == 0 ? relative : display + "/" + relative;
            try
            {
                result.Add(new PackFile(path, File.ReadAllText(Path.Combine(root, relative)), IsDefault: false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(ToolDiagnostic.Error(ToolDiagnosticIds.MalformedYaml, path, 0, 0, $"Cannot read the file: {ex.Message}"));
            }
        }

        return result;
    }

    private static bool IsPackFile(string path)
    {
        string name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || DocPageRegex().IsMatch(name);
    }

    private readonly record struct PackFile(string Path, string Text, bool IsDefault);

    [GeneratedRegex(@"^SR\d{4}\.md$")]
    private static partial Regex DocPageRegex();
}

/// <summary>The result of loading rule packs.</summary>
/// <param name="Analyzer">The compiled rules.</param>
/// <param name="Docs">Rule doc pages (Markdown) by rule ID.</param>
public sealed record LoadedRulePack(IDocumentAnalyzer Analyzer, IReadOnlyDictionary<string, string> Docs)
{
    /// <summary>
    /// Every rule's <c>examples</c>, by rule ID then file order; what a data-driven test needs
    /// (<c>[MemberData]</c> over these, each checked with <see cref="RuleExampleRunner.Run(LoadedRulePack, RuleExample)"/>).
    /// </summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>The rules as read from their files, with positions, for <see cref="RulePackChecker"/>.</summary>
    internal IReadOnlyList<RuleSpec> Specs { get; init; } = [];

    /// <summary>The term sets as read from their files.</summary>
    internal IReadOnlyList<TermSetSpec> TermSets { get; init; } = [];
}
