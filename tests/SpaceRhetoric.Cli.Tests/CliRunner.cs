using System.Diagnostics;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>Runs the real built <c>spacerhetoric.dll</c> with <c>dotnet</c>, as a user would.</summary>
internal static class CliRunner
{
    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);
    private static readonly Lazy<string> LazyCliPath = new(FindCli);

    public static string RepoRoot => LazyRepoRoot.Value;

    public static string CliPath => LazyCliPath.Value;

    public static string FixturesRoot => Path.Combine(RepoRoot, "tests", "SpaceRhetoric.Cli.Tests", "Fixtures");

    public static CliResult Run(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The transcript must not depend on the caller's terminal or debug settings.
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("SPACERHETORIC_DEBUG");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdoutBuffer = new MemoryStream();
        Task copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdoutBuffer);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"spacerhetoric {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        copyOut.GetAwaiter().GetResult();
        return new CliResult(process.ExitCode, stdoutBuffer.ToArray(), stderr.GetAwaiter().GetResult());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpaceRhetoric.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SpaceRhetoric.sln above {AppContext.BaseDirectory}.");
    }

    private static string FindCli()
    {
        // The test's own output folder is .../bin/<Configuration>/<tfm>/: use the CLI built in the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        string tfm = output.Name;
        string configuration = output.Parent?.Name ?? "Debug";
        string own = Path.Combine(RepoRoot, "src", "SpaceRhetoric.Cli", "bin", configuration, tfm, "spacerhetoric.dll");
        if (File.Exists(own))
        {
            return own;
        }

        // The project reference also copies the CLI next to the tests.
        string copied = Path.Combine(AppContext.BaseDirectory, "spacerhetoric.dll");
        return File.Exists(copied) ? copied : throw new FileNotFoundException($"spacerhetoric.dll not found at {own} or {copied}; build the solution first.");
    }
}
