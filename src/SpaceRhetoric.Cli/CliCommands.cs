using System.CommandLine;

namespace SpaceRhetoric.Cli;

/// <summary>The command tree: <c>lint</c>, <c>rules list</c>, <c>rules show</c>.</summary>
internal static class CliCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand($"{ProductInfo.FullName}: finds unqualified universalist claims in Markdown and text documents.");
        root.Subcommands.Add(CreateLint());
        root.Subcommands.Add(CreateRules());
        return root;
    }

    private static Command CreateLint()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or globs to lint (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            // System.CommandLine takes an unknown '--option' as a path; a path never starts with '-' here.
            foreach (string value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.StartsWith('-') && value.Length > 1)
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write the report to FILE (atomically) instead of standard output." };
        var failLevel = new Option<string?>("--fail-level")
        {
            Description = "Exit with code 1 when a finding is at or above this severity (default: warning).",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note");
        var category = new Option<string?>("--category") { HelpName = "NAME", Description = "SARIF automationDetails.id category, to keep several uploads apart (e.g. docs)." };
        var threads = new Option<int?>("--threads") { HelpName = "N", Description = "Files analysed in parallel (default: the number of processors)." };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        var explain = new Option<bool>("--explain") { Description = "Print to standard error why candidate claims were suppressed or downgraded." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output (NO_COLOR is honoured too)." };
        RuleSourceOptions rules = RuleSourceOptions.Create();

        var command = new Command("lint", "Lint documents for unqualified universalist claims.")
        {
            paths, format, output, failLevel, category, threads, explain, noColor, rules.Directories, rules.NoDefaultRules,
        };
        command.SetAction(parse => new LintCommand(new LintCommandOptions
        {
            Paths = parse.GetValue(paths) ?? [],
            Format = parse.GetValue(format) ?? "text",
            Output = parse.GetValue(output),
            FailLevel = parse.GetValue(failLevel),
            Category = parse.GetValue(category),
            Threads = parse.GetValue(threads) ?? Environment.ProcessorCount,
            Explain = parse.GetValue(explain),
            NoColor = parse.GetValue(noColor),
            RuleDirectories = parse.GetValue(rules.Directories) ?? [],
            NoDefaultRules = parse.GetValue(rules.NoDefaultRules),
        }).Run());
        return command;
    }

    private static Command CreateRules()
    {
        RuleSourceOptions listSources = RuleSourceOptions.Create();
        var list = new Command("list", "List the rules: ID, default severity, category, title.") { listSources.Directories, listSources.NoDefaultRules };
        list.SetAction(parse => RulesCommand.List(listSources.Load(parse)));

        RuleSourceOptions showSources = RuleSourceOptions.Create();
        var id = new Argument<string>("id") { Description = "A rule ID, e.g. SR1001." };
        var show = new Command("show", "Print a rule's documentation (Markdown).") { id, showSources.Directories, showSources.NoDefaultRules };
        show.SetAction(parse => RulesCommand.Show(showSources.Load(parse), parse.GetValue(id) ?? string.Empty));

        return new Command("rules", "Inspect the loaded rules.") { list, show };
    }
}
