using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary>
/// <c>spacerhetoric lint</c>: loads the rules, finds the files, lints them and writes the report.
/// Text output streams file by file; SARIF results are built file by file and the log written at the end.
/// </summary>
internal sealed class LintCommand
{
    private readonly LintCommandOptions _options;

    public LintCommand(LintCommandOptions options)
    {
        _options = options;
    }

    /// <exception cref="ToolDiagnosticException">Bad rules or inputs; nothing has been written.</exception>
    public int Run()
    {
        Severity failLevel = SeverityNames.TryParse(_options.FailLevel, out Severity given) ? given : Severity.Warning;
        if (_options.Output is { } output && OutputProblem(output) is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}");
            return ExitCodes.ConfigurationError;
        }

        LoadedRulePack pack = RulePackLoader.Load(!_options.NoDefaultRules, _options.RuleDirectories);
        var engine = new LintEngine(pack.Analyzer, new LintOptions
        {
            ReaderLookup = DocumentReaders.Default.TryGetReader,
            Extensions = DocumentReaders.DefaultExtensions,
            Inputs = _options.Paths.Count == 0 ? ["."] : _options.Paths,
            MaxDegreeOfParallelism = _options.Threads,
            Explain = _options.Explain,
            Category = _options.Category,
        });

        DiscoveryResult discovery = engine.Discover();
        CliApp.PrintToolDiagnostics(discovery.Notifications);
        var counts = new FindingCounts(FindingCounts.FailAtOrAbove(failLevel));
        counts.AddNotifications(discovery.Notifications.Count);

        if (_options.Format == "sarif")
        {
            RunSarif(engine, discovery, counts);
        }
        else
        {
            RunText(engine, discovery, counts);
        }

        return counts.ExitCode;
    }

    private static string? OutputProblem(string output)
    {
        string full = Path.GetFullPath(output);
        if (Directory.Exists(full))
        {
            return $"--output '{output}' is a folder; give a file name.";
        }

        string? folder = Path.GetDirectoryName(full);
        return folder is not null && !Directory.Exists(folder) ? $"--output '{output}': folder '{folder}' does not exist." : null;
    }

    private void RunText(LintEngine engine, DiscoveryResult discovery, FindingCounts counts)
    {
        int rules = engine.EnabledRules.Count;
        if (_options.Output is { } path)
        {
            AtomicFile.Write(path, writer => WriteText(engine, discovery, counts, new TextReportWriter(writer, color: false), rules));
            return;
        }

        using var stdout = StandardStreams.OpenOutput();
        WriteText(engine, discovery, counts, new TextReportWriter(stdout, Terminal.UseColor(_options.NoColor), flushPerFile: !Console.IsOutputRedirected), rules);
    }

    private void WriteText(LintEngine engine, DiscoveryResult discovery, FindingCounts counts, TextReportWriter report, int rules)
    {
        foreach (FileResult file in engine.Run(discovery.Files, OnNotification(counts)))
        {
            PrintExplanations(file);
            report.WriteFile(file);
            counts.AddFile(file);
        }

        report.WriteSummary(counts, rules);
    }

    private void RunSarif(LintEngine engine, DiscoveryResult discovery, FindingCounts counts)
    {
        var notifications = new List<ToolDiagnostic>(discovery.Notifications);
        Action<ToolDiagnostic> onNotification = OnNotification(counts);
        SarifOutput sarif = SarifOutput.Start(engine);
        foreach (FileResult file in engine.Run(discovery.Files, n => { notifications.Add(n); onNotification(n); }))
        {
            PrintExplanations(file);
            counts.AddFile(file);
            sarif.Add(file);
        }

        LintRunResult run = engine.CreateResult(sarif.ReportedRuleIds, notifications);
        sarif.Write(run, _options.Output);
        Console.Error.WriteLine(TextReportWriter.Summary(counts, run.Rules.Count));
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
