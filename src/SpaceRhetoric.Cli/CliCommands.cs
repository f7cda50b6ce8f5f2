using System.CommandLine;

namespace SpaceRhetoric.Cli;

/// <summary>The command tree: <c>lint</c>, <c>init</c>, <c>eval</c>, <c>rules list|show|check|test</c>.</summary>
internal static class CliCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand($"{ProductInfo.FullName}: finds unqualified universalist claims in Markdown and text documents.");
        root.Subcommands.Add(CreateLint());
        root.Subcommands.Add(CreateRules());
        root.Subcommands.Add(CreateBaseline());
        root.Subcommands.Add(CreateInit());
        root.Subcommands.Add(CreateEval());
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
            Description = "Exit with code 1 when a finding is at or above this severity (default: failLevel in the configuration, else warning).",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Fail on any finding at or above the fail level, or only on findings new since --baseline (default: failOn in the configuration, else any).",
        };
        failOn.AcceptOnlyFromAmong("any", "new");
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "A previous SARIF log: mark each finding new, unchanged or updated." };
        var writeBaseline = new Option<string?>("--write-baseline") { HelpName = "FILE", Description = "Also write this run's SARIF log to FILE (atomically), for a later --baseline." };
        var omitSuppressed = new Option<bool>("--omit-suppressed") { Description = "Leave findings suppressed by comments out of SARIF output." };
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
            paths, format, output, failLevel, failOn, baseline, writeBaseline, omitSuppressed, category, threads, explain, noColor,
        };
        foreach (Option option in rules.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => new LintCommand(new LintCommandOptions
        {
            Paths = parse.GetValue(paths) ?? [],
            Format = parse.GetValue(format) ?? "text",
            Output = parse.GetValue(output),
            FailLevel = parse.GetValue(failLevel),
            FailOn = parse.GetValue(failOn),
            Baseline = parse.GetValue(baseline),
            WriteBaseline = parse.GetValue(writeBaseline),
            OmitSuppressed = parse.GetValue(omitSuppressed),
            Config = parse.GetValue(rules.Config),
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
        var list = WithSources(new Command("list", "List the rules: ID, default severity, category, title."), listSources);
        list.SetAction(parse => RulesCommand.List(listSources.Load(parse).Pack));

        RuleSourceOptions showSources = RuleSourceOptions.Create();
        var id = new Argument<string>("id") { Description = "A rule ID, e.g. SR1001." };
        var show = WithSources(new Command("show", "Print a rule's documentation (Markdown).") { id }, showSources);
        show.SetAction(parse => RulesCommand.Show(showSources.Load(parse).Pack, parse.GetValue(id) ?? string.Empty));

        RuleSourceOptions checkSources = RuleSourceOptions.Create();
        var checkDir = PackFolder();
        var check = WithSources(new Command("check", "Check rule files: load errors, missing examples (SR9013), risky (SR9012) and never-matching (SR9014) patterns.") { checkDir }, checkSources);
        check.SetAction(parse => RulesCommand.Check(() => LoadPack(parse, checkDir, checkSources)));

        RuleSourceOptions testSources = RuleSourceOptions.Create();
        var testDir = PackFolder();
        var test = WithSources(new Command("test", "Run every rule's flagged and passing examples.") { testDir }, testSources);
        test.SetAction(parse => RulesCommand.Test(LoadPack(parse, testDir, testSources)));

        return new Command("rules", "Inspect, check and test rules.") { list, show, check, test };
    }

    /// <summary><c>baseline [PATHS] -o FILE</c>: <c>lint --write-baseline FILE</c> without a report; findings do not fail it.</summary>
    private static Command CreateBaseline()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs to lint (default: the current folder).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o") { HelpName = "FILE", Description = "Where to write the baseline (a SARIF log), atomically.", Required = true };
        var threads = new Option<int?>("--threads") { HelpName = "N", Description = "Files analysed in parallel (default: the number of processors)." };
        RuleSourceOptions rules = RuleSourceOptions.Create();
        var command = WithSources(new Command("baseline", "Record today's findings as a baseline for 'lint --baseline FILE --fail-on new'.") { paths, output, threads }, rules);
        command.SetAction(parse =>
        {
            int exit = new LintCommand(new LintCommandOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                Format = "sarif",
                Output = parse.GetValue(output),
                Threads = Math.Max(1, parse.GetValue(threads) ?? Environment.ProcessorCount),
                RuleDirectories = parse.GetValue(rules.Directories) ?? [],
                NoDefaultRules = parse.GetValue(rules.NoDefaultRules),
                Config = parse.GetValue(rules.Config),
            }).Run();
            return exit == Engine.ExitCodes.Findings ? Engine.ExitCodes.Success : exit;
        });
        return command;
    }

    private static Command CreateInit()
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing configuration file." };
        var init = new Command("init", "Write a commented starter .spacerhetoric.yaml in the current folder.") { force };
        init.SetAction(parse => InitCommand.Run(parse.GetValue(force)));
        return init;
    }

    private static Command CreateEval()
    {
        RuleSourceOptions sources = RuleSourceOptions.Create();
        var file = new Argument<string>("file") { Description = "A labelled evaluation set (TSV: id, label, category, text, source, reason)." };
        var eval = WithSources(new Command("eval", "Measure the rules' precision and recall on a labelled set of sentences.") { file }, sources);
        eval.SetAction(parse => EvalCommand.Run(sources.Load(parse), parse.GetValue(file) ?? string.Empty));
        return eval;
    }

    private static Argument<string?> PackFolder() => new("dir")
    {
        Description = "A rule pack folder to use alone (default: the built-in pack and the configuration's packs).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>With a folder argument, that folder alone; otherwise the packs the configuration and options select.</summary>
    private static Rules.LoadedRulePack LoadPack(ParseResult parse, Argument<string?> dir, RuleSourceOptions sources) =>
        parse.GetValue(dir) is { } folder
            ? Rules.RulePackLoader.Load(false, [folder, .. parse.GetValue(sources.Directories) ?? []])
            : sources.Load(parse).Pack;

    private static Command WithSources(Command command, RuleSourceOptions sources)
    {
        foreach (Option option in sources.All)
        {
            command.Options.Add(option);
        }

        return command;
    }
}
