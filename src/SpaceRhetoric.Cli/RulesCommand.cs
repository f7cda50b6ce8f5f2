using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary><c>spacerhetoric rules list|show|check|test</c>.</summary>
internal static class RulesCommand
{
    public static int List(LoadedRulePack pack)
    {
        var rules = pack.Analyzer.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        string[] headers = ["ID", "Severity", "Category", "Title"];
        var rows = rules.Select(r => new[] { r.Id, r.DefaultSeverity.ToName(), r.Category, r.Title }).ToList();
        int[] widths = [.. Enumerable.Range(0, 3).Select(i => rows.Select(row => row[i].Length).Append(headers[i].Length).Max())];

        using var stdout = StandardStreams.OpenOutput();
        WriteRow(stdout, headers, widths);
        WriteRow(stdout, [.. widths.Select(w => new string('-', w)), "-----"], widths);
        foreach (string[] row in rows)
        {
            WriteRow(stdout, row, widths);
        }

        return ExitCodes.Success;
    }

    public static int Show(LoadedRulePack pack, string id)
    {
        string wanted = id.Trim().ToUpperInvariant();
        RuleDescriptor? rule = pack.Analyzer.Rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.Ordinal));
        if (rule is null)
        {
            Console.Error.WriteLine($"error: Unknown rule '{id}'. Run 'spacerhetoric rules list' to see the loaded rules.");
            return ExitCodes.ConfigurationError;
        }

        string markdown = pack.Docs.TryGetValue(rule.Id, out string? doc) ? doc : rule.HelpMarkdown ?? Describe(rule);
        using var stdout = StandardStreams.OpenOutput();
        stdout.Write(markdown);
        if (!markdown.EndsWith('\n'))
        {
            stdout.WriteLine();
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Loads a pack and reports every rule-file error, then what <see cref="RulePackChecker"/> finds, on standard
    /// output. Exit code 2 when there is an error, 1 when there are only warnings, 0 when clean.
    /// </summary>
    public static int Check(Func<LoadedRulePack> load)
    {
        List<ToolDiagnostic> found;
        int? rules = null;
        try
        {
            LoadedRulePack pack = load();
            rules = pack.Analyzer.Rules.Count;
            found = [.. RulePackChecker.Check(pack)];
        }
        catch (ToolDiagnosticException e)
        {
            found = [.. e.Diagnostics];
        }

        int errors = found.Count(d => d.Severity == Severity.Error);
        int warnings = found.Count - errors;
        using var stdout = StandardStreams.OpenOutput();
        foreach (ToolDiagnostic diagnostic in found)
        {
            stdout.WriteLine((diagnostic with { Path = ConfiguredRules.Relative(diagnostic.Path) }).ToString());
        }

        stdout.WriteLine(rules is { } checkedRules
            ? $"{Count(checkedRules, "rule")} checked: {Count(errors, "error")}, {Count(warnings, "warning")}."
            : $"{Count(errors, "error")}; the rules could not be loaded.");
        return errors > 0 ? ExitCodes.ConfigurationError : warnings > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// Runs every rule's examples; prints each failure as <c>file(line,col): error SR1001: …</c>, then coverage and
    /// <c>N passed, M failed</c>. Exit code 1 when an example fails.
    /// </summary>
    public static int Test(LoadedRulePack pack)
    {
        RuleExampleReport report = RuleExampleRunner.Run(pack);
        using var stdout = StandardStreams.OpenOutput();
        foreach (RuleExampleResult result in report.Results.Where(r => !r.Passed))
        {
            RuleExample example = result.Example;
            string kind = example.Kind == RuleExampleKind.Flagged ? "flagged" : "passing";
            stdout.WriteLine($"{ConfiguredRules.Relative(example.SourcePath)}({example.Line},{example.Column}): error {example.RuleId}: {kind} example failed: {result.Failure}");
        }

        int total = report.RulesWithExamples.Count + report.RulesWithoutExamples.Count;
        string coverage = $"Coverage: {report.RulesWithExamples.Count}/{total} rules have flagged and passing examples";
        stdout.WriteLine(report.RulesWithoutExamples.Count == 0 ? coverage + "." : $"{coverage}; missing: {string.Join(", ", report.RulesWithoutExamples)}.");
        stdout.WriteLine($"{report.Results.Count - report.FailedCount} passed, {report.FailedCount} failed");
        return report.AllPassed ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Describe(RuleDescriptor rule) =>
        $"# {rule.Id}: {rule.Title}\n\n| ID | Category | Default severity |\n|---|---|---|\n| {rule.Id} | {rule.Category} | {rule.DefaultSeverity.ToName()} |\n\n{rule.Description ?? rule.Title}\n";

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        for (int i = 0; i < widths.Length; i++)
        {
            writer.Write(cells[i].PadRight(widths[i]));
            writer.Write("  ");
        }

        writer.WriteLine(cells[^1]);
    }
}
