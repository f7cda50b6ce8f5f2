using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Rules;

/// <summary>Loads rule packs (YAML rule files, term sets, docs) into a compiled analyzer.</summary>
public static class RulePackLoader
{
    /// <summary>
    /// Loads the embedded default pack (unless <paramref name="includeDefaultPack"/> is false) and every
    /// <c>.yaml</c>/<c>.yml</c> file under each of <paramref name="directories"/>.
    /// </summary>
    /// <exception cref="ToolDiagnosticException">Any rule-file error, with file, line and column.</exception>
    public static LoadedRulePack Load(bool includeDefaultPack, IReadOnlyList<string> directories)
    {
        throw new NotImplementedException("Rule language lands with the rule-language work.");
    }
}

/// <summary>The result of loading rule packs.</summary>
/// <param name="Analyzer">The compiled rules.</param>
/// <param name="Docs">Rule doc pages (Markdown) by rule ID.</param>
public sealed record LoadedRulePack(IDocumentAnalyzer Analyzer, IReadOnlyDictionary<string, string> Docs);
