using System.Runtime.CompilerServices;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Sarif;

namespace SpaceRhetoric.Cli;

/// <summary>
/// The only place the CLI touches the SARIF assembly (and Sarif.Sdk, Newtonsoft.Json), so that a text
/// run never loads them: the JIT resolves these types only when this class is first used. Without a
/// baseline, results are built file by file as the engine yields them, so no file's text outlives its turn.
/// </summary>
internal sealed class SarifOutput
{
    private readonly SarifResultStream _results;

    private SarifOutput(SarifResultStream results)
    {
        _results = results;
    }

    /// <summary>The rules of every finding added so far.</summary>
    public IReadOnlyCollection<string> ReportedRuleIds => _results.ReportedRuleIds;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SarifOutput Start(LintEngine engine, IEnumerable<Rules.RuleDescriptor> rules) => new(new SarifResultStream(engine.RootDirectory, rules));

    public void Add(FileResult file) => _results.Add(file);

    /// <summary>Writes the log of a streamed run: <paramref name="run"/> without files, the results built so far.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Finish(LintRunResult run, string? path, bool omitSuppressed) => Write(run, _results, path, omitSuppressed);

    /// <summary>Writes the log of a run that kept its files (baseline comparison needs them all).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Write(LintRunResult run, string? path, bool omitSuppressed) => Write(run, null, path, omitSuppressed);

    private static void Write(LintRunResult run, SarifResultStream? results, string? path, bool omitSuppressed)
    {
        var writer = new SarifLogWriter { OmitSuppressedResults = omitSuppressed };
        if (path is not null)
        {
            writer.WriteFile(run, results, path);
            return;
        }

        using Stream stdout = Console.OpenStandardOutput();
        writer.Write(run, results, stdout);
        stdout.Flush();
    }
}
