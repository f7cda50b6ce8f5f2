using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Cli;

/// <summary>Whether and how to colour output (ANSI), following https://no-color.org.</summary>
internal static class Terminal
{
    public static bool UseColor(bool noColorOption) =>
        !noColorOption
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !Console.IsOutputRedirected;

    public static string Colorize(string text, Severity severity)
    {
        string code = severity switch
        {
            Severity.Error => "31",
            Severity.Warning => "33",
            _ => "36",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
