using System.Runtime.CompilerServices;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Sarif;

namespace SpaceRhetoric.Cli;

/// <summary>
/// The only place the CLI touches the SARIF assembly (and Sarif.Sdk, Newtonsoft.Json), so that a text
/// run never loads them: the JIT resolves these types only when this class's method is compiled.
/// </summary>
internal static class SarifOutput
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(LintRunResult run, string? path, bool omitSuppressed)
    {
        var writer = new SarifLogWriter { OmitSuppressedResults = omitSuppressed };
        if (path is not null)
        {
            writer.WriteFile(run, path);
            return;
        }

        using Stream stdout = Console.OpenStandardOutput();
        writer.Write(run, stdout);
        stdout.Flush();
    }
}
