using SpaceRhetoric.Configuration;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Cli;

/// <summary><c>spacerhetoric init</c>: writes a commented starter <c>.spacerhetoric.yaml</c> in the current folder.</summary>
internal static class InitCommand
{
    public static int Run(bool force)
    {
        string folder = Directory.GetCurrentDirectory();
        string? existing = SpaceRhetoricConfig.FileNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        if (existing is not null && !force)
        {
            Console.Error.WriteLine($"error: {Path.GetFileName(existing)} already exists; not overwriting it. Use 'spacerhetoric init --force' to replace it with the starter file.");
            return ExitCodes.ConfigurationError;
        }

        // With --force an existing .spacerhetoric.yml is replaced in place, so no second file appears beside it.
        string target = existing ?? Path.Combine(folder, SpaceRhetoricConfig.FileNames[0]);
        AtomicFile.Write(target, writer => writer.Write(ConfigTemplate.Text));
        Console.WriteLine($"Wrote {Path.GetFileName(target)}. Edit it, then run 'spacerhetoric lint'.");
        return ExitCodes.Success;
    }
}
