using System.Text;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>What one run of the CLI produced.</summary>
internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);
}
