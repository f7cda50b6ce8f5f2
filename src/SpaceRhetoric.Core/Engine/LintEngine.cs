using System.Buffers;
using System.Runtime.ExceptionServices;
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
    // Files vary a lot in size; a deep window lets the other workers run on past a large one.
    private const int DefaultWindowPerThread = 16;

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
        int window = _options.Window > 0 ? _options.Window : threads * DefaultWindowPerThread;
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
        ArgumentNullException.ThrowIfNull(files);
        return CreateResult(files, files.SelectMany(f => f.Diagnostics).Select(d => d.RuleId), notifications);
    }

    /// <summary>
    /// Builds the run result, without files, for a writer that took each file's findings as the run went
    /// on and kept no file (the SARIF writer's streaming mode); <paramref name="reportedRuleIds"/> are
    /// the rules of those findings.
    /// </summary>
    public LintRunResult CreateResult(IEnumerable<string> reportedRuleIds, IEnumerable<ToolDiagnostic> notifications) =>
        CreateResult([], reportedRuleIds, notifications);

    /// <summary>Absolute path of the folder that reported paths are relative to.</summary>
    public string RootDirectory => Path.GetFullPath(_options.RootDirectory);

    /// <summary>Every loaded rule, enabled or not (findings of any of them may reach a writer).</summary>
    public IReadOnlyList<RuleDescriptor> AllRules => _analyzer.Rules;

    private LintRunResult CreateResult(IReadOnlyList<FileResult> files, IEnumerable<string> reportedRuleIds, IEnumerable<ToolDiagnostic> notifications)
    {
        ArgumentNullException.ThrowIfNull(reportedRuleIds);
        ArgumentNullException.ThrowIfNull(notifications);
        var rules = EnabledRules.ToList();
        var enabled = new HashSet<string>(rules.Select(r => r.Id), StringComparer.Ordinal);
        var reported = new HashSet<string>(reportedRuleIds, StringComparer.Ordinal);

        // A rule off by default that configuration turned on still needs its descriptor in the log.
        rules.AddRange(_analyzer.Rules.Where(r => reported.Contains(r.Id) && !enabled.Contains(r.Id)));
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LintRunResult
        {
            RootDirectory = RootDirectory,
            Files = [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)],
            Rules = rules,
            Notifications = [.. notifications.OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)],
            Category = _options.Category,
        };
    }

    private IEnumerable<FileResult> RunOrdered(IReadOnlyList<DiscoveredFile> files, int threads, int window, Action<ToolDiagnostic>? onNotification)
    {
        if (threads == 1 || files.Count <= 1)
        {
            // One thread: no hand-over at all, the caller's thread reads and analyses each file in turn.
            foreach (DiscoveredFile file in files)
            {
                FileOutcome outcome = LintFile(file);
                if (outcome.Result is { } result)
                {
                    yield return result;
                }
                else if (outcome.Notification is { } notification)
                {
                    onNotification?.Invoke(notification);
                }
            }

            yield break;
        }

        using var pipeline = new OrderedPipeline(this, files, Math.Min(threads, files.Count), window);
        for (int i = 0; i < files.Count; i++)
        {
            FileOutcome outcome = pipeline.Take(i);
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

    private FileOutcome LintFile(DiscoveredFile file)
    {
        SourceText source;
        try
        {
            source = ReadSource(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(null, FileDiscovery.Unreadable(file.Path, e));
        }

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

    /// <summary>Reads and decodes a file through a pooled buffer: the bytes are garbage the moment they are decoded.</summary>
    private static SourceText ReadSource(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        long length = stream.CanSeek ? stream.Length : 0;
        if (length > Array.MaxLength)
        {
            throw new IOException($"The file is larger than {Array.MaxLength} bytes.");
        }

        // The length is a hint (the file may grow, or not know its length); read until the end.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, (int)length + 1));
        try
        {
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return SourceText.FromBytes(buffer.AsSpan(0, total));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private readonly record struct FileOutcome(FileResult? Result, ToolDiagnostic? Notification, ExceptionDispatchInfo? Failure = null)
    {
        /// <summary>What the result keeps alive until the caller takes it (UTF-16 text), for the memory budget.</summary>
        public long Bytes => Result is { } r ? 2L * r.Source.Length : 0;
    }

    /// <summary>
    /// Dedicated worker threads that lint files in list order and hand results back strictly in that
    /// order. A worker starts file <c>i</c> only while <c>i</c> is within <c>window</c> files of the one
    /// the caller takes next and the finished-but-untaken text stays under a budget, so memory is bounded
    /// by the window, not the corpus. The file the caller waits for is always allowed to start, so the
    /// pipeline never stalls on the budget.
    /// </summary>
    private sealed class OrderedPipeline : IDisposable
    {
        // Finished results waiting for the caller may hold this much text before workers pause.
        private const long BudgetBytes = 64L * 1024 * 1024;

        private readonly LintEngine _engine;
        private readonly IReadOnlyList<DiscoveredFile> _files;
        private readonly int _window;
        private readonly FileOutcome[] _outcomes;
        private readonly bool[] _done;
        private readonly Thread[] _workers;
        // A plain monitor (not System.Threading.Lock): workers and the caller wait on it.
        private readonly object _gate = new();
        private int _next;
        private int _taken;
        private long _bytesWaiting;
        private bool _stopped;

        public OrderedPipeline(LintEngine engine, IReadOnlyList<DiscoveredFile> files, int threads, int window)
        {
            _engine = engine;
            _files = files;
            _window = Math.Max(1, window);
            _outcomes = new FileOutcome[files.Count];
            _done = new bool[files.Count];
            _workers = new Thread[threads];
            for (int i = 0; i < threads; i++)
            {
                _workers[i] = new Thread(Work) { IsBackground = true, Name = $"SpaceRhetoric lint {i + 1}" };
                _workers[i].Start();
            }
        }

        /// <summary>Waits for file <paramref name="index"/> (taken in order, each once) and returns its outcome.</summary>
        public FileOutcome Take(int index)
        {
            FileOutcome outcome;
            lock (_gate)
            {
                while (!_done[index])
                {
                    Monitor.Wait(_gate);
                }

                outcome = _outcomes[index];
                _outcomes[index] = default;
                _taken = index + 1;
                _bytesWaiting -= outcome.Bytes;
                Monitor.PulseAll(_gate);
            }

            outcome.Failure?.Throw();
            return outcome;
        }

        /// <summary>Stops the workers after the file each is on (the caller stopped early or a file failed).</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }

            foreach (Thread worker in _workers)
            {
                worker.Join();
            }
        }

        private void Work()
        {
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_stopped && _next < _files.Count && !MayStart(_next))
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopped || _next >= _files.Count)
                    {
                        return;
                    }

                    index = _next++;
                }

                FileOutcome outcome;
                try
                {
                    outcome = _engine.LintFile(_files[index]);
                }
                catch (Exception e)
                {
                    // Rethrown on the caller's thread when it reaches this file, as a sequential run would.
                    outcome = new FileOutcome(null, null, ExceptionDispatchInfo.Capture(e));
                }

                lock (_gate)
                {
                    _outcomes[index] = outcome;
                    _done[index] = true;
                    _bytesWaiting += outcome.Bytes;
                    if (outcome.Failure is not null)
                    {
                        // Files after a failure are never reported: stop taking new ones.
                        _next = _files.Count;
                    }

                    Monitor.PulseAll(_gate);
                }
            }
        }

        private bool MayStart(int index) =>
            index == _taken || (index < _taken + _window && _bytesWaiting < BudgetBytes);
    }
}
