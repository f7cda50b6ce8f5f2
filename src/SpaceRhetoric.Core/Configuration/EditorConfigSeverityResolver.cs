using System.Collections.Concurrent;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Rule severities from <c>.editorconfig</c> files, with Roslyn's precedence: files are read from the document's
/// folder upward until one says <c>root = true</c>; a nearer file wins over a farther one and, within a file, the
/// last matching section wins; then <c>spacerhetoric.SR1001.severity</c> beats
/// <c>spacerhetoric.category-&lt;name&gt;.severity</c>, which beats <c>spacerhetoric.severity</c>.
/// Parsed files are cached per folder; safe to call from many threads.
/// </summary>
/// <example>
/// <code>
/// [docs/**.md]
/// spacerhetoric.SR1001.severity = error
/// spacerhetoric.category-unity-claim.severity = suggestion   # shown as note
/// </code>
/// </example>
public sealed class EditorConfigSeverityResolver
{
    public const string FileName = ".editorconfig";

    private readonly ConcurrentDictionary<string, Lazy<EditorConfigFile?>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<EditorConfigFile>>> _chains = new(StringComparer.Ordinal);

    /// <summary>The effective severity of <paramref name="rule"/> in the file at <paramref name="fullPath"/>.</summary>
    /// <exception cref="ToolDiagnosticException">An <c>.editorconfig</c> on the way holds an invalid severity (SR9104).</exception>
    public Severity Resolve(RuleDescriptor rule, string fullPath) => Find(rule, fullPath)?.Severity ?? rule.DefaultSeverity;

    /// <summary>What <c>.editorconfig</c> says about <paramref name="rule"/> for <paramref name="fullPath"/>, or null when nothing applies.</summary>
    /// <exception cref="ToolDiagnosticException">An <c>.editorconfig</c> on the way holds an invalid severity (SR9104).</exception>
    public SeverityDecision? Find(RuleDescriptor rule, string fullPath) => GetSettings(fullPath).Find(rule);

    /// <summary>Every setting that applies to <paramref name="fullPath"/>, merged by precedence.</summary>
    internal EditorConfigSettings GetSettings(string fullPath)
    {
        string path = Path.GetFullPath(fullPath);
        string directory = Path.GetDirectoryName(path) ?? path;
        IReadOnlyList<EditorConfigFile> chain = _chains.GetOrAdd(directory, d => new Lazy<IReadOnlyList<EditorConfigFile>>(() => BuildChain(d))).Value;

        var values = new Dictionary<string, (EditorConfigFile.Setting Setting, EditorConfigFile File)>(StringComparer.Ordinal);
        var signature = new List<(EditorConfigFile, int)>();

        // Farthest first, so nearer files and later sections overwrite.
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            EditorConfigFile file = chain[i];
            string relative = Path.GetRelativePath(file.Directory, path).Replace('\\', '/');
            foreach (EditorConfigFile.Section section in file.Sections)
            {
                if (section.Settings.Count == 0 || !section.Glob.IsMatch(relative))
                {
                    continue;
                }

                signature.Add((file, section.Index));
                foreach (EditorConfigFile.Setting setting in section.Settings)
                {
                    values[setting.Key] = (setting, file);
                }
            }
        }

        return new EditorConfigSettings(values, signature);
    }

    private IReadOnlyList<EditorConfigFile> BuildChain(string directory)
    {
        var chain = new List<EditorConfigFile>();
        for (string? dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            EditorConfigFile? file = _files.GetOrAdd(dir, d => new Lazy<EditorConfigFile?>(() => ReadFile(d))).Value;
            if (file is null)
            {
                continue;
            }

            if (file.Diagnostics.Count > 0)
            {
                throw new ToolDiagnosticException(file.Diagnostics);
            }

            chain.Add(file);
            if (file.IsRoot)
            {
                break;
            }
        }

        return chain;
    }

    private static EditorConfigFile? ReadFile(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return EditorConfigFile.Parse(path, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolDiagnosticException(ToolDiagnostic.Error(
                ToolDiagnosticIds.ConfigMalformed, path, 0, 0, $"Cannot read the .editorconfig file: {ex.Message}"));
        }
    }
}
