using SpaceRhetoric.Configuration;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Cli;

/// <summary>
/// The configuration in force and the rule packs it and the command line select. <c>--rules DIR</c> adds to the
/// configuration's <c>rules:</c>; <c>--no-default-rules</c> turns the built-in pack off even when
/// <c>defaultRules: true</c>.
/// </summary>
internal sealed record ConfiguredRules(SpaceRhetoricConfig Config, LoadedRulePack Pack, bool DefaultRules, IReadOnlyList<string> Directories)
{
    /// <summary>Finds the configuration (<paramref name="configPath"/>, else upward from the current folder) and loads its packs.</summary>
    /// <exception cref="Diagnostics.ToolDiagnosticException">Bad configuration, rule file, or a rule ID the configuration names that no pack defines.</exception>
    public static ConfiguredRules Load(string? configPath, bool noDefaultRules, IReadOnlyList<string> directories)
    {
        SpaceRhetoricConfig config = LoadConfig(configPath);
        ConfigLoader.ValidateRuleDirectories(config);
        bool defaultRules = !noDefaultRules && config.DefaultRules;
        IReadOnlyList<string> all = [.. config.RuleDirectories.Select(Relative), .. directories];
        LoadedRulePack pack = RulePackLoader.Load(defaultRules, all);
        ConfigLoader.ValidateRuleIds(config, pack.Analyzer.Rules);
        return new ConfiguredRules(config, pack, defaultRules, all);
    }

    /// <exception cref="Diagnostics.ToolDiagnosticException">The file is missing or invalid.</exception>
    public static SpaceRhetoricConfig LoadConfig(string? configPath)
    {
        string cwd = Directory.GetCurrentDirectory();
        string? path = configPath ?? ConfigLoader.Find(cwd);
        return path is null ? SpaceRhetoricConfig.Default(cwd) : ConfigLoader.Load(Relative(path));
    }

    /// <summary>A path as the user should read it: relative to the current folder when inside it.</summary>
    public static string Relative(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
