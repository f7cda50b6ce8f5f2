using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// One parsed <c>.editorconfig</c>: its <c>root</c> flag and, per section, the SpaceRhetoric severity keys.
/// Other keys are ignored; a bad severity value is an SR9104 diagnostic with its line and column.
/// </summary>
internal sealed class EditorConfigFile
{
    public const string KeyPrefix = "spacerhetoric.";
    public const string AllRulesKey = "spacerhetoric.severity";
    public const string CategoryPrefix = "category-";

    private static readonly IReadOnlyList<string> ValidValues = ["error", "warning", "note", "none", "suggestion", "silent", "default"];

    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<Section> sections, IReadOnlyList<ToolDiagnostic> diagnostics)
    {
        Path = path;
        Directory = System.IO.Path.GetDirectoryName(path)!;
        IsRoot = isRoot;
        Sections = sections;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<Section> Sections { get; }

    public IReadOnlyList<ToolDiagnostic> Diagnostics { get; }

    public static EditorConfigFile Parse(string path, string text)
    {
        bool isRoot = false;
        var sections = new List<Section>();
        var diagnostics = new List<ToolDiagnostic>();
        Section? current = null;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string raw = lines[i].TrimEnd('\r');
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                current = new Section(line[1..^1], sections.Count, i + 1);
                sections.Add(current);
                continue;
            }

            // Like Roslyn: "key = value" or "key: value", and a trailing "# ..." or "; ..." is a comment.
            int eq = raw.IndexOfAny(['=', ':']);
            if (eq < 0)
            {
                continue;
            }

            string key = raw[..eq].Trim().ToLowerInvariant();
            string afterSeparator = raw[(eq + 1)..];
            int comment = afterSeparator.IndexOfAny(['#', ';']);
            string value = (comment < 0 ? afterSeparator : afterSeparator[..comment]).Trim();
            int valueColumn = eq + 2 + (afterSeparator.Length - afterSeparator.TrimStart().Length);
            if (current is null)
            {
                if (key == "root")
                {
                    isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }

                continue;
            }

            if (!IsSeverityKey(key))
            {
                continue;
            }

            string normalized = value.ToLowerInvariant();
            if (!ValidValues.Contains(normalized))
            {
                diagnostics.Add(ToolDiagnostic.Error(ToolDiagnosticIds.ConfigInvalidSeverity, path, i + 1, valueColumn,
                    $"'{key}' must be one of {string.Join(", ", ValidValues)}, not '{value}'.{DidYouMean.Suffix(value, ValidValues)}"));
                continue;
            }

            current.Settings.Add(new Setting(key, MapSeverity(normalized), i + 1));
        }

        return new EditorConfigFile(path, isRoot, sections, diagnostics);
    }

    /// <summary>The key that sets <paramref name="ruleId"/>'s severity.</summary>
    public static string RuleKey(string ruleId) => $"{KeyPrefix}{ruleId.ToLowerInvariant()}.severity";

    /// <summary>The key that sets the severity of every rule in <paramref name="category"/>.</summary>
    public static string CategoryKey(string category) => $"{KeyPrefix}{CategoryPrefix}{category.ToLowerInvariant()}.severity";

    private static bool IsSeverityKey(string key) =>
        key == AllRulesKey || (key.StartsWith(KeyPrefix, StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal) && key.Length > AllRulesKey.Length + 1);

    // Roslyn's names: suggestion is shown as a note, silent is not reported; default restores the rule's own.
    private static Severity? MapSeverity(string value) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" or "suggestion" => Severity.Note,
        "none" or "silent" => Severity.None,
        _ => null,
    };

    internal sealed class Section(string pattern, int index, int line)
    {
        // Compiled on first use: most sections of a repository's .editorconfig hold no SpaceRhetoric
        // key and are never matched, and compiling a glob is the costly part of reading the file.
        private readonly Lazy<EditorConfigGlob> _glob = new(() => EditorConfigGlob.Compile(pattern));

        public EditorConfigGlob Glob => _glob.Value;

        public int Index { get; } = index;

        public int Line { get; } = line;

        public List<Setting> Settings { get; } = [];
    }

    /// <param name="Severity">Null for <c>default</c>: the rule's own default severity.</param>
    internal sealed record Setting(string Key, Severity? Severity, int Line);
}
