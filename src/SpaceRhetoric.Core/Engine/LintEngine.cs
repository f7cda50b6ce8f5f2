using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Engine;

/// <summary>
/// Lints files in parallel and reports them in a deterministic order: by path (ordinal), each file's
/// findings by span start, then rule ID — whatever the scheduling.
/// </summary>
/// <example>
/// <code>
/// var engine = new LintEngine(pack.Analyzer, new LintOptions { ReaderLookup = DocumentReaders.Default.TryGetReader, Inputs = ["docs"] });
/// DiscoveryResult found = engine.Discover();
/// foreach (FileResult file in engine.Run(found.Files, notification => Console.Error.WriteLine(notification)))
/// {
///     // print file.Diagnostics
/// }
/// </code>
/// </example>
public sealed class LintEngine
{
    private readonly IDocumentAnalyzer _analyzer;
    private readonly LintOptions _options;

    public LintEngine(IDocumentAnalyzer analyzer, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(options);
        _analyzer = analyzer;
        _options = options;
    }

    /// <summary>The rules a run reports on: those enabled by default, sorted by ID.</summary>
    public IReadOnlyList<RuleDescriptor> EnabledRules =>
        [.. _analyzer.Rules.Where(r => r.DefaultSeverity != Severity.None).OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Finds the files to lint; see <see cref="FileDiscovery"/>.</summary>
    /// <exception cref="ToolDiagnosticException">An input matched nothing (SR9202).</exception>
    public DiscoveryResult Discover() => FileDiscovery.Discover(_options);

    /// <summary>
    /// Lints <paramref name="files"/> (in the order given, normally sorted by path) and yields one result
    /// per readable file, in that order, as soon as it and every file before it are done. At most
    /// <see cref="LintOptions.Window"/> files are in memory at once. A file that cannot be read is
    /// reported to <paramref name="onNotification"/> (SR9201) in its place, and the run goes on.
    /// </summary>
    public IEnumerable<FileResult> Run(IReadOnlyList<DiscoveredFile> files, Action<ToolDiagnostic>? onNotification = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        int threads = Math.Max(1, _options.MaxDegreeOfParallelism);
        int window = _options.Window > 0 ? _options.Window : threads * 4;
        return RunOrdered(files, threads, window, onNotification);
    }

    /// <summary>Discovers, lints every file and collects the results (for writers that need the whole run, like SARIF).</summary>
    /// <exception cref="ToolDiagnosticException">An input matched nothing (SR9202).</exception>
    public LintRunResult Lint()
    {
        DiscoveryResult discovery = Discover();
        return Collect(discovery);
    }

    /// <summary>Lints discovered files and collects the results.</summary>
    public LintRunResult Collect(DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        var notifications = new List<ToolDiagnostic>(discovery.Notifications);
        var results = Run(discovery.Files, notifications.Add).ToList();
        return CreateResult(results, notifications);
    }

    /// <summary>Builds the run result from streamed results, for callers that consumed <see cref="Run"/> themselves.</summary>
    public LintRunResult CreateResult(IReadOnlyList<FileResult> files, IEnumerable<ToolDiagnostic> notifications)
    {
        var rules = EnabledRules.ToList();
        var enabled = new HashSet<string>(rules.Select(r => r.Id), StringComparer.Ordinal);
        var reported = new HashSet<string>(files.SelectMany(f => f.Diagnostics).Select(d => d.RuleId), StringComparer.Ordinal);
        // A rule off by default that configuration turned on still needs its descriptor in the log.
        rules.AddRange(_analyzer.Rules.Where(r => reported.Contains(r.Id) && !enabled.Contains(r.Id)));
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LintRunResult
        {
            RootDirectory = Path.GetFullPath(_options.RootDirectory),
            Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
            Rules = rules,
            Notifications = [.. notifications.OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)],
            Category = _options.Category,
        };
    }

    private IEnumerable<FileResult> RunOrdered(IReadOnlyList<DiscoveredFile> files, int threads, int window, Action<ToolDiagnostic>? onNotification)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        using var cancellation = new CancellationTokenSource();
        var pending = new Queue<Task<FileOutcome>>(window);
        int next = 0;
        try
        {
            while (next < files.Count && pending.Count < window)
            {
                pending.Enqueue(Start(files[next++], scheduler, cancellation.Token));
            }

            while (pending.Count > 0)
            {
                FileOutcome outcome = pending.Dequeue().GetAwaiter().GetResult();
                if (next < files.Count)
                {
                    pending.Enqueue(Start(files[next++], scheduler, cancellation.Token));
                }

                if (outcome.Result is { } result)
                {
                    yield return result;
                }
                else if (outcome.Notification is { } notification)
                {
                    onNotification?.Invoke(notification);
                }
            }
        }
        finally
        {
            // The caller stopped early or a file failed: let the files still queued skip their work.
            cancellation.Cancel();
        }
    }

    private Task<FileOutcome> Start(DiscoveredFile file, TaskScheduler scheduler, CancellationToken cancellation) =>
        Task.Factory.StartNew(() => cancellation.IsCancellationRequested ? default : LintFile(file), cancellation, TaskCreationOptions.None, scheduler);

    private FileOutcome LintFile(DiscoveredFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(null, FileDiscovery.Unreadable(file.Path, e));
        }

        SourceText source = SourceText.FromBytes(bytes);
        Document document = file.Reader.Read(file.Path, source);
        AnalysisOptions options = _options.OptionsForFile?.Invoke(file.Path) ?? AnalysisOptions.Default;
        List<ExplainEntry>? explanations = null;
        if (_options.Explain)
        {
            explanations = [];
            options = WithExplain(options, explanations.Add);
        }

        IReadOnlyList<Diagnostic> diagnostics = _analyzer.Analyze(document, options);
        if (_options.PostProcess is { } postProcess)
        {
            diagnostics = postProcess(document, diagnostics);
        }

        Diagnostic[] sorted = [.. diagnostics
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Length)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
        IReadOnlyList<ExplainEntry> explained = explanations is null
            ? []
            : [.. explanations.OrderBy(e => e.Offset).ThenBy(e => e.RuleId, StringComparer.Ordinal).ThenBy(e => e.Decision, StringComparer.Ordinal)];
        return new FileOutcome(new FileResult(file.Path, file.FullPath, source, sorted) { Explanations = explained }, null);
    }

    private static AnalysisOptions WithExplain(AnalysisOptions options, Action<ExplainEntry> add)
    {
        Action<ExplainEntry>? inner = options.Explain;
        return new AnalysisOptions
        {
            SeverityResolver = options.SeverityResolver,
            RuleOptions = options.RuleOptions,
            Explain = entry =>
            {
                // The analyzer may explain from the one thread analysing this file only; no lock needed.
                add(entry);
                inner?.Invoke(entry);
            },
        };
    }

    private readonly record struct FileOutcome(FileResult? Result, ToolDiagnostic? Notification);
}
