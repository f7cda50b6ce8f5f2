using System.CommandLine;

namespace SpaceRhetoric.Cli;

/// <summary>
/// The options that choose rule packs: <c>--rules DIR</c> (repeatable, added to the configuration's <c>rules:</c>),
/// <c>--no-default-rules</c> (beats <c>defaultRules: true</c>) and <c>--config FILE</c>.
/// </summary>
internal sealed class RuleSourceOptions
{
    private RuleSourceOptions(Option<string[]> directories, Option<bool> noDefaultRules, Option<string?> config)
    {
        Directories = directories;
        NoDefaultRules = noDefaultRules;
        Config = config;
    }

    public Option<string[]> Directories { get; }

    public Option<bool> NoDefaultRules { get; }

    public Option<string?> Config { get; }

    public IEnumerable<Option> All => [Directories, NoDefaultRules, Config];

    public static RuleSourceOptions Create() => new(
        new Option<string[]>("--rules") { Description = "Also load the rules in DIR (repeatable; added to the configuration's rules).", HelpName = "DIR" },
        new Option<bool>("--no-default-rules") { Description = "Do not load the built-in rule pack (overrides defaultRules in the configuration)." },
        new Option<string?>("--config") { Description = "Use this configuration file instead of the nearest .spacerhetoric.yaml.", HelpName = "FILE" });

    /// <exception cref="Diagnostics.ToolDiagnosticException">A configuration or rule file is invalid.</exception>
    public ConfiguredRules Load(ParseResult parse) =>
        ConfiguredRules.Load(parse.GetValue(Config), parse.GetValue(NoDefaultRules), parse.GetValue(Directories) ?? []);
}
