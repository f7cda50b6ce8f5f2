using System.Text.Json;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// A previous run's SARIF log (e.g. written with <c>lint --write-baseline main.sarif</c>), used to tell new findings
/// from known ones. Findings match baseline results by content fingerprint (rule + matched text + sentence), one to
/// one: a finding whose fingerprint, path and start line all match is <c>unchanged</c>; one whose fingerprint matches
/// but which moved, changed file or changed message is <c>updated</c>; any other is <c>new</c>. Baseline results left
/// over are <c>absent</c>. Read with System.Text.Json, so any SARIF 2.1.0 log with <c>contentHash/v1</c> works.
/// </summary>
/// <example>
/// <code>
/// var baseline = Baseline.Load("main.sarif");
/// LintRunResult classified = baseline.Apply(run);   // findings get BaselineState; AbsentFromBaseline is set
/// </code>
/// </example>
public sealed class Baseline
{
    private Baseline(string path, IReadOnlyList<BaselineResult> results)
    {
        Path = path;
        Results = results;
    }

    /// <summary>The log's path as given.</summary>
    public string Path { get; }

    /// <summary>Every result of every run in the log, except those the log itself marks <c>absent</c>.</summary>
    public IReadOnlyList<BaselineResult> Results { get; }

    /// <exception cref="ToolDiagnosticException">The file is missing, unreadable or not a SARIF log (SR9107).</exception>
    public static Baseline Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Error(path, 0, 0, $"Cannot read the baseline: {ex.Message}");
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a SARIF log from text; <paramref name="path"/> names it in diagnostics.</summary>
    /// <exception cref="ToolDiagnosticException">The text is not a SARIF log (SR9107).</exception>
    public static Baseline Parse(string json, string path) => Parse(System.Text.Encoding.UTF8.GetBytes(json), path);

    private static Baseline Parse(byte[] utf8, string path)
    {
        ReadOnlyMemory<byte> bytes = utf8.AsMemory();
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw Error(path, (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1, $"The baseline is not valid JSON: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out JsonElement runs) || runs.ValueKind != JsonValueKind.Array)
            {
                (int line, int column) = FirstValuePosition(bytes.Span);
                throw Error(path, line, column, "The baseline is not a SARIF log: it has no 'runs' array.");
            }

            var results = new List<BaselineResult>();
            foreach (JsonElement run in runs.EnumerateArray())
            {
                if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out JsonElement runResults) || runResults.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                JsonElement artifacts = run.TryGetProperty("artifacts", out JsonElement a) && a.ValueKind == JsonValueKind.Array ? a : default;
                List<string> bases = BaseDirectories(run);
                foreach (JsonElement result in runResults.EnumerateArray())
                {
                    if (ReadResult(result, artifacts, bases) is { } read)
                    {
                        results.Add(read);
                    }
                }
            }

            return new Baseline(path, results);
        }
    }

    /// <summary>1-based line and column of the document's first non-blank character (where its root value starts).</summary>
    private static (int Line, int Column) FirstValuePosition(ReadOnlySpan<byte> utf8)
    {
        int line = 1, column = 1;
        foreach (byte b in utf8)
        {
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
            {
                column++;
            }
            else
            {
                break;
            }
        }

        return (line, column);
    }

    /// <summary>Classifies findings given with their paths; <paramref name="sourceOf"/> gives each path's text, for line numbers.</summary>
    public BaselineComparison Classify(IEnumerable<(string Path, Diagnostic Diagnostic)> current, Func<string, SourceText> sourceOf)
    {
        ArgumentNullException.ThrowIfNull(sourceOf);
        var items = current.Select(c => (c.Path, c.Diagnostic, Line: StartLine(sourceOf(c.Path), c.Diagnostic))).ToList();
        return Classify(items);
    }

    /// <summary>Classifies every finding of <paramref name="run"/> and sets <see cref="LintRunResult.AbsentFromBaseline"/>.</summary>
    public LintRunResult Apply(LintRunResult run)
    {
        var items = new List<(string Path, Diagnostic Diagnostic, int Line)>();
        foreach (FileResult file in run.Files)
        {
            foreach (Diagnostic d in file.Diagnostics)
            {
                items.Add((file.Path, d, StartLine(file.Source, d)));
            }
        }

        BaselineComparison comparison = Classify(items);
        var files = new List<FileResult>(run.Files.Count);
        int next = 0;
        foreach (FileResult file in run.Files)
        {
            var diagnostics = new Diagnostic[file.Diagnostics.Count];
            for (int i = 0; i < diagnostics.Length; i++)
            {
                diagnostics[i] = comparison.Results[next++].Diagnostic;
            }

            files.Add(file with { Diagnostics = diagnostics });
        }

        return run with { Files = files, AbsentFromBaseline = comparison.Absent.Count };
    }

    private BaselineComparison Classify(List<(string Path, Diagnostic Diagnostic, int Line)> items)
    {
        var pool = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < Results.Count; i++)
        {
            if (Results[i].ContentHash is { } hash)
            {
                string key = Key(Results[i].RuleId, hash);
                if (!pool.TryGetValue(key, out List<int>? list))
                {
                    pool[key] = list = [];
                }

                list.Add(i);
            }
        }

        var matched = new bool[Results.Count];
        var states = new BaselineState?[items.Count];
        string[] keys = [.. items.Select(item => Key(item.Diagnostic.RuleId, ContentFingerprint.Compute(item.Diagnostic)))];

        // Exact matches first, so a finding that stayed put never loses its partner to one that moved.
        for (int i = 0; i < items.Count; i++)
        {
            if (Take(pool, keys[i], matched, r => SamePath(r.Path, items[i].Path) && r.StartLine == items[i].Line) is { } r)
            {
                states[i] = r.Message is null || r.Message == items[i].Diagnostic.Message ? BaselineState.Unchanged : BaselineState.Updated;
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (states[i] is null && Take(pool, keys[i], matched, r => pass == 1 || SamePath(r.Path, items[i].Path)) is not null)
                {
                    states[i] = BaselineState.Updated;
                }
            }
        }

        var results = new List<(string Path, Diagnostic Diagnostic)>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            results.Add((items[i].Path, items[i].Diagnostic with { BaselineState = states[i] ?? BaselineState.New }));
        }

        var absent = Results.Where((_, i) => !matched[i]).ToList();
        return new BaselineComparison(results, absent);
    }

    private BaselineResult? Take(Dictionary<string, List<int>> pool, string key, bool[] matched, Func<BaselineResult, bool> accept)
    {
        if (!pool.TryGetValue(key, out List<int>? candidates))
        {
            return null;
        }

        foreach (int index in candidates)
        {
            if (!matched[index] && accept(Results[index]))
            {
                matched[index] = true;
                return Results[index];
            }
        }

        return null;
    }

    private static string Key(string ruleId, string hash) => ruleId + "\u001F" + hash;

    private static bool SamePath(string? baselinePath, string currentPath) =>
        baselinePath is not null && string.Equals(baselinePath, NormalizePath(currentPath), StringComparison.Ordinal);

    private static int StartLine(SourceText source, Diagnostic d) => source.GetLinePosition(Math.Min(d.Span.Start, source.Length)).Line + 1;

    /// <summary>Local paths of the run's absolute <c>originalUriBaseIds</c>, so absolute result URIs can be made relative.</summary>
    private static List<string> BaseDirectories(JsonElement run)
    {
        var bases = new List<string>();
        if (run.TryGetProperty("originalUriBaseIds", out JsonElement ids) && ids.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty id in ids.EnumerateObject())
            {
                if (id.Value.ValueKind == JsonValueKind.Object && String(id.Value, "uri") is { } uri
                    && Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) && absolute.IsFile)
                {
                    string local = absolute.LocalPath.Replace('\\', '/');
                    bases.Add(local.EndsWith('/') ? local : local + "/");
                }
            }
        }

        return bases;
    }

    private static BaselineResult? ReadResult(JsonElement result, JsonElement artifacts, List<string> bases)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (String(result, "baselineState") == "absent" || String(result, "kind") is "pass" or "notApplicable")
        {
            return null;
        }

        string? ruleId = String(result, "ruleId")
            ?? (result.TryGetProperty("rule", out JsonElement rule) && rule.ValueKind == JsonValueKind.Object ? String(rule, "id") : null);
        if (ruleId is null)
        {
            return null;
        }

        string? path = null;
        int startLine = 0;
        if (result.TryGetProperty("locations", out JsonElement locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
            && locations[0].ValueKind == JsonValueKind.Object
            && locations[0].TryGetProperty("physicalLocation", out JsonElement physical) && physical.ValueKind == JsonValueKind.Object)
        {
            if (physical.TryGetProperty("artifactLocation", out JsonElement artifact) && artifact.ValueKind == JsonValueKind.Object)
            {
                path = ArtifactUri(artifact, artifacts);
            }

            if (physical.TryGetProperty("region", out JsonElement region) && region.ValueKind == JsonValueKind.Object
                && region.TryGetProperty("startLine", out JsonElement line) && line.ValueKind == JsonValueKind.Number)
            {
                startLine = line.TryGetInt32(out int n) ? n : 0;
            }
        }

        string? contentHash = null;
        string? lineHash = null;
        if (result.TryGetProperty("partialFingerprints", out JsonElement fingerprints) && fingerprints.ValueKind == JsonValueKind.Object)
        {
            contentHash = String(fingerprints, ContentFingerprint.SarifKey);
            lineHash = String(fingerprints, "primaryLocationLineHash");
        }

        string? message = result.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") : null;
        if (path is not null)
        {
            path = NormalizePath(path);
            if (bases.FirstOrDefault(b => path.StartsWith(b, StringComparison.Ordinal)) is { } baseDirectory)
            {
                path = path[baseDirectory.Length..];
            }
        }

        return new BaselineResult(ruleId, path, contentHash, lineHash, startLine, message);
    }

    private static string? ArtifactUri(JsonElement artifact, JsonElement artifacts)
    {
        if (String(artifact, "uri") is { } uri)
        {
            return uri;
        }

        if (artifacts.ValueKind == JsonValueKind.Array && artifact.TryGetProperty("index", out JsonElement index)
            && index.TryGetInt32(out int i) && i >= 0 && i < artifacts.GetArrayLength()
            && artifacts[i].ValueKind == JsonValueKind.Object
            && artifacts[i].TryGetProperty("location", out JsonElement location) && location.ValueKind == JsonValueKind.Object)
        {
            return String(location, "uri");
        }

        return null;
    }

    private static string NormalizePath(string path)
    {
        string p = path;
        if (p.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(p, UriKind.Absolute, out Uri? absolute))
        {
            p = absolute.LocalPath;
        }
        else
        {
            p = Uri.UnescapeDataString(p);
        }

        p = p.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        return p;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static ToolDiagnosticException Error(string path, int line, int column, string message) =>
        new(ToolDiagnostic.Error(ToolDiagnosticIds.BaselineUnreadable, path, Math.Max(0, line), Math.Max(0, column), message));
}
