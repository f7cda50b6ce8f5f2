using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary><c>spacerhetoric rules list</c> and <c>spacerhetoric rules show ID</c>.</summary>
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
