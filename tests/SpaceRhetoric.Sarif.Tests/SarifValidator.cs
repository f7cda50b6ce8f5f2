using System.Diagnostics;

namespace SpaceRhetoric.Sarif.Tests;

/// <summary>Runs the shared validator script (SARIF 2.1.0 schema + GitHub ingestion rules) on log files.</summary>
internal static class SarifValidator
{
    public static string? ScriptPath { get; } = FindScript();

    public static bool CanRun => OnPath("node") && OnPath("npm");

    public static (int ExitCode, string Output) Validate(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(ScriptPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string file in files)
        {
            start.ArgumentList.Add(file);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpaceRhetoric.sln")))
            {
                string script = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "tools", "validate-sarif"));
                return File.Exists(script) ? script : null;
            }
        }

        return null;
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, command)));
}
