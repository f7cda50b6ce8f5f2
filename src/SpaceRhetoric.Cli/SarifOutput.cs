using System.Runtime.CompilerServices;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Sarif;

namespace SpaceRhetoric.Cli;

/// <summary>
/// The only place the CLI touches the SARIF assembly (and Sarif.Sdk, Newtonsoft.Json), so that a text
/// run never loads them: the JIT resolves these types only when this class is first used. Results are
/// built file by file as the engine yields them, so no file's text outlives its turn.
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
    public static SarifOutput Start(LintEngine engine) => new(new SarifResultStream(engine.RootDirectory, engine.AllRules));

    public void Add(FileResult file) => _results.Add(file);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Write(LintRunResult run, string? path)
    {
        var writer = new SarifLogWriter();
        if (path is not null)
        {
            writer.WriteFile(run, _results, path);
            return;
        }

        using Stream stdout = Console.OpenStandardOutput();
        writer.Write(run, _results, stdout);
        stdout.Flush();
    }
}
