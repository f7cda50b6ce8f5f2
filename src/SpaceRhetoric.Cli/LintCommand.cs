using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary>
/// <c>spacerhetoric lint</c>: loads the configuration and rules, finds the files, lints them and writes the report.
/// Text output without a baseline streams file by file; SARIF and baseline comparison need the whole run and are
/// written at the end. Every configuration problem is found before anything is written.
/// </summary>
internal sealed class LintCommand
{
    private readonly LintCommandOptions _options;
    private IReadOnlyList<RuleDescriptor> _allRules = [];

    public LintCommand(LintCommandOptions options)
    {
        _options = options;
    }

    /// <exception cref="ToolDiagnosticException">Bad configuration, rules, baseline or inputs; nothing has been written.</exception>
    public int Run()
    {
        foreach (var (option, path) in new[] { ("--output", _options.Output), ("--write-baseline", _options.WriteBaseline) })
        {
            if (path is not null && OutputProblem(option, path) is { } problem)
            {
                Console.Error.WriteLine($"error: {problem}");
                return ExitCodes.ConfigurationError;
            }
        }

        ConfiguredRules configured = ConfiguredRules.Load(_options.Config, _options.NoDefaultRules, _options.RuleDirectories);
        _allRules = configured.Pack.Analyzer.Rules;
        Baseline? baseline = _options.Baseline is { } baselinePath ? Baseline.Load(baselinePath) : null;
        FailPolicy policy = FailPolicy.Resolve(
            configured.Config,
            SeverityNames.TryParse(_options.FailLevel, out Severity level) ? level : null,
            _options.FailOn switch { "new" => FailOn.New, "any" => FailOn.Any, _ => null });

        string root = Directory.GetCurrentDirectory();
        var context = new ConfigurationContext(configured.Config, root, configured.Pack.Analyzer.Rules);
        var engine = new LintEngine(configured.Pack.Analyzer, new LintOptions
        {
            ReaderLookup = DocumentReaders.Default.TryGetReader,
            Extensions = DocumentReaders.DefaultExtensions,
            Inputs = _options.Paths.Count == 0 ? ["."] : _options.Paths,
            RootDirectory = root,
            MaxDegreeOfParallelism = _options.Threads,
            Explain = _options.Explain,
            Category = _options.Category,
            OptionsForFile = context.OptionsForFile,
            Include = context.Include,
            PostProcess = context.PostProcess,
        });

        DiscoveryResult discovery = engine.Discover();
        foreach (DiscoveredFile file in discovery.Files)
        {
            // Reads every .editorconfig on the way (cached per folder), so a bad one stops the run before any output.
            context.OptionsForFile(file.Path);
        }

        CliApp.PrintToolDiagnostics(discovery.Notifications);
        var counts = new FindingCounts(policy.Fails) { HasBaseline = baseline is not null };
        counts.AddNotifications(discovery.Notifications.Count);

        if (_options.Format == "text" && baseline is null && _options.WriteBaseline is null)
        {
            RunText(engine, discovery, counts, context);
            return counts.ExitCode;
        }

        if (_options.Format == "sarif" && baseline is null && _options.WriteBaseline is null)
        {
            StreamSarif(engine, discovery, counts, context);
            return counts.ExitCode;
        }

        LintRunResult run = Collect(engine, discovery, counts, context);
        if (baseline is not null)
        {
            run = baseline.Apply(run);
            counts.Absent = run.AbsentFromBaseline;
        }

        foreach (FileResult file in run.Files)
        {
            counts.AddFile(file);
        }

        if (_options.WriteBaseline is { } baselineOut)
        {
            SarifOutput.Write(run, baselineOut, omitSuppressed: false);
        }

        if (_options.Format == "sarif")
        {
            SarifOutput.Write(run, _options.Output, _options.OmitSuppressed);
            Console.Error.WriteLine(TextReportWriter.Summary(counts, run.Rules.Count));
        }
        else
        {
            WriteText(run, counts);
        }

        return counts.ExitCode;
    }

    /// <summary>The rules of a run: those enabled by configuration, plus any other rule that reported (SR9203, SR9204).</summary>
    internal static IReadOnlyList<RuleDescriptor> RunRules(ConfigurationContext context, IReadOnlyList<RuleDescriptor> allRules, IEnumerable<string> reportedIds)
    {
        var rules = context.EnabledRules.ToList();
        var known = new HashSet<string>(rules.Select(r => r.Id), StringComparer.Ordinal);
        var reported = new HashSet<string>(reportedIds, StringComparer.Ordinal);
        // A rule off by default that configuration turned on for some file still needs its descriptor.
        foreach (RuleDescriptor rule in allRules.Where(r => reported.Contains(r.Id) && !known.Contains(r.Id)))
        {
            known.Add(rule.Id);
            rules.Add(rule);
        }

        foreach (RuleDescriptor rule in new[] { SuppressionDirectives.UnusedSuppressionRule, SuppressionDirectives.InvalidSuppressionRule })
        {
            if (reported.Contains(rule.Id) && known.Add(rule.Id))
            {
                rules.Add(rule);
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rules;
    }

    private static string? OutputProblem(string option, string output)
    {
        string full = Path.GetFullPath(output);
        if (Directory.Exists(full))
        {
            return $"{option} '{output}' is a folder; give a file name.";
        }

        string? folder = Path.GetDirectoryName(full);
        return folder is not null && !Directory.Exists(folder) ? $"{option} '{output}': folder '{folder}' does not exist." : null;
    }

    private LintRunResult Collect(LintEngine engine, DiscoveryResult discovery, FindingCounts counts, ConfigurationContext context)
    {
        var notifications = new List<ToolDiagnostic>(discovery.Notifications);
        Action<ToolDiagnostic> onNotification = OnNotification(counts);
        var files = new List<FileResult>(discovery.Files.Count);
        foreach (FileResult file in engine.Run(discovery.Files, n => { notifications.Add(n); onNotification(n); }))
        {
            PrintExplanations(file);
            files.Add(file);
        }

        LintRunResult run = engine.CreateResult(files, notifications);
        IEnumerable<string> reported = run.Files.SelectMany(f => f.Diagnostics).Select(d => d.RuleId);
        return run with { Rules = RunRules(context, _allRules, reported), SeverityOverrides = context.SeverityOverrides };
    }

    /// <summary>SARIF without a baseline: each file's results are built as it arrives and its text let go.</summary>
    private void StreamSarif(LintEngine engine, DiscoveryResult discovery, FindingCounts counts, ConfigurationContext context)
    {
        var notifications = new List<ToolDiagnostic>(discovery.Notifications);
        Action<ToolDiagnostic> onNotification = OnNotification(counts);
        SarifOutput sarif = SarifOutput.Start(engine, [.. _allRules, SuppressionDirectives.UnusedSuppressionRule, SuppressionDirectives.InvalidSuppressionRule]);
        foreach (FileResult file in engine.Run(discovery.Files, n => { notifications.Add(n); onNotification(n); }))
        {
            PrintExplanations(file);
            counts.AddFile(file);
            sarif.Add(file);
        }

        LintRunResult run = engine.CreateResult(sarif.ReportedRuleIds, notifications);
        run = run with { Rules = RunRules(context, _allRules, sarif.ReportedRuleIds), SeverityOverrides = context.SeverityOverrides };
        sarif.Finish(run, _options.Output, _options.OmitSuppressed);
        Console.Error.WriteLine(TextReportWriter.Summary(counts, run.Rules.Count));
    }

    private void RunText(LintEngine engine, DiscoveryResult discovery, FindingCounts counts, ConfigurationContext context)
    {
        if (_options.Output is { } path)
        {
            AtomicFile.Write(path, writer => StreamText(engine, discovery, counts, context, new TextReportWriter(writer, color: false)));
            return;
        }

        using var stdout = StandardStreams.OpenOutput();
        StreamText(engine, discovery, counts, context, new TextReportWriter(stdout, Terminal.UseColor(_options.NoColor), flushPerFile: !Console.IsOutputRedirected));
    }

    private void StreamText(LintEngine engine, DiscoveryResult discovery, FindingCounts counts, ConfigurationContext context, TextReportWriter report)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (FileResult file in engine.Run(discovery.Files, OnNotification(counts)))
        {
            PrintExplanations(file);
            report.WriteFile(file);
            counts.AddFile(file);
            reported.UnionWith(file.Diagnostics.Select(d => d.RuleId));
        }

        report.WriteSummary(counts, RunRules(context, _allRules, reported).Count);
    }

    private void WriteText(LintRunResult run, FindingCounts counts)
    {
        void Write(TextReportWriter report)
        {
            foreach (FileResult file in run.Files)
            {
                report.WriteFile(file);
            }

            report.WriteSummary(counts, run.Rules.Count);
        }

        if (_options.Output is { } path)
        {
            AtomicFile.Write(path, writer => Write(new TextReportWriter(writer, color: false)));
            return;
        }

        using var stdout = StandardStreams.OpenOutput();
        Write(new TextReportWriter(stdout, Terminal.UseColor(_options.NoColor)));
    }

    private static Action<ToolDiagnostic> OnNotification(FindingCounts counts) => notification =>
    {
        counts.AddNotifications(1);
        Console.Error.WriteLine(notification.ToString());
    };

    private void PrintExplanations(FileResult file)
    {
        if (!_options.Explain)
        {
            return;
        }

        foreach (ExplainEntry entry in file.Explanations)
        {
            string position = file.Source.GetLinePosition(Math.Clamp(entry.Offset, 0, file.Source.Length)).ToString();
            Console.Error.WriteLine($"{TextReportWriter.DisplayPath(file)}({position}): explain {entry.RuleId}: '{entry.MatchedText}': {entry.Decision}");
        }
    }
}
