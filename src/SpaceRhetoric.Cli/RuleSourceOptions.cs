using System.CommandLine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary>The options that choose rule packs: <c>--rules DIR</c> (repeatable) and <c>--no-default-rules</c>.</summary>
internal sealed class RuleSourceOptions
{
    private RuleSourceOptions(Option<string[]> directories, Option<bool> noDefaultRules)
    {
        Directories = directories;
        NoDefaultRules = noDefaultRules;
    }

    public Option<string[]> Directories { get; }

    public Option<bool> NoDefaultRules { get; }

    public static RuleSourceOptions Create() => new(
        new Option<string[]>("--rules") { Description = "Also load the rules in DIR (repeatable).", HelpName = "DIR" },
        new Option<bool>("--no-default-rules") { Description = "Do not load the built-in rule pack." });

    /// <exception cref="Diagnostics.ToolDiagnosticException">A rule file is invalid.</exception>
    public LoadedRulePack Load(ParseResult parse) =>
        RulePackLoader.Load(!parse.GetValue(NoDefaultRules), parse.GetValue(Directories) ?? []);
}
