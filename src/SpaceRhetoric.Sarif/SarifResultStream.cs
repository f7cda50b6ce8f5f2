using Microsoft.CodeAnalysis.Sarif;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// Turns a run's files into SARIF results one at a time, as the engine yields them, so that each
/// file's text can be released as soon as its results are built: memory grows with the findings, not
/// with the size of the documents. Hand it to <see cref="SarifLogWriter"/> at the end of the run.
/// </summary>
/// <example>
/// <code>
/// var results = new SarifResultStream(root, engine.AllRules);
/// foreach (FileResult file in engine.Run(found.Files)) { results.Add(file); }
/// new SarifLogWriter().WriteFile(engine.CreateResult(results.ReportedRuleIds, notifications), results, "out.sarif");
/// </code>
/// </example>
public sealed class SarifResultStream
{
    private readonly SarifResultFactory _factory;
    private readonly List<Result> _results = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<string> _outsideRoot = [];
    private readonly string _rootDirectory;

    /// <param name="rootDirectory">The run's root (<see cref="LintRunResult.RootDirectory"/>).</param>
    /// <param name="rules">Every rule a finding may come from (for the <c>category</c> property).</param>
    public SarifResultStream(string rootDirectory, IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rootDirectory);
        ArgumentNullException.ThrowIfNull(rules);
        var byId = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (RuleDescriptor rule in rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        // Suppressed results are kept; a writer with OmitSuppressedResults drops them when it writes.
        _rootDirectory = Path.GetFullPath(rootDirectory);
        _factory = new SarifResultFactory(_rootDirectory, byId, omitSuppressed: false);
    }

    /// <summary>The rule of every finding added so far (for <see cref="LintEngine.CreateResult(IEnumerable{string}, IEnumerable{SpaceRhetoric.Diagnostics.ToolDiagnostic})"/>).</summary>
    public IReadOnlyCollection<string> ReportedRuleIds => _reported;

    /// <summary>How many results have been built so far.</summary>
    public int Count => _results.Count;

    internal IReadOnlyList<Result> Results => _results;

    /// <summary>Full paths of the files with findings that lie outside the root (for the checkout folder).</summary>
    internal IReadOnlyList<string> OutsideRoot => _outsideRoot;

    /// <summary>Builds the results of <paramref name="file"/>; files must come in the run's order. The file is not kept.</summary>
    public void Add(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (Diagnostics.Diagnostic diagnostic in file.Diagnostics)
        {
            _reported.Add(diagnostic.RuleId);
        }

        if (file.Diagnostics.Count > 0 && SarifUris.RelativeTo(_rootDirectory, file.FullPath) is null)
        {
            _outsideRoot.Add(file.FullPath);
        }

        _factory.Add(file, _results);
    }
}
