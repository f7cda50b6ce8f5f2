using SpaceRhetoric.Engine;
using SpaceRhetoric.Evaluation;

namespace SpaceRhetoric.Cli;

/// <summary><c>spacerhetoric eval FILE.tsv</c>: precision and recall of the loaded rules on a labelled set of sentences.</summary>
internal static class EvalCommand
{
    /// <exception cref="Diagnostics.ToolDiagnosticException">The file is missing or malformed, or the rules are invalid.</exception>
    public static int Run(ConfiguredRules rules, string tsvPath)
    {
        EvalReport report = EvalRunner.Run(rules.Pack.Analyzer, tsvPath);
        using var stdout = StandardStreams.OpenOutput();
        string text = report.Format();
        stdout.Write(text);
        if (!text.EndsWith('\n'))
        {
            stdout.WriteLine();
        }

        return ExitCodes.Success;
    }
}
