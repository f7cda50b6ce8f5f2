using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Engine;

/// <summary>What one lint run reads and how; the CLI and configuration fill it in.</summary>
public sealed class LintOptions
{
    /// <summary>The extensions searched for inside folders when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultExtensions = [".md", ".markdown", ".txt"];

    /// <summary>Finds the reader for a file, e.g. <c>DocumentReaders.Default.TryGetReader</c>.</summary>
    public required ReaderLookup ReaderLookup { get; init; }

    /// <summary>Files, folders and globs (<c>docs/**/*.md</c>); relative ones are resolved against <see cref="RootDirectory"/>.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = ["."];

    /// <summary>
    /// The folder that reported paths are relative to: the current directory by default. A file
    /// outside it is reported by its absolute <c>file://</c> URI.
    /// </summary>
    public string RootDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Extensions (with the dot) that a folder search picks up.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = DefaultExtensions;

    /// <summary>How many files are analysed at once.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many files may be read or analysed ahead of the one being reported; bounds memory on large
    /// corpora. Zero picks sixteen per thread.
    /// </summary>
    public int Window { get; init; }

    /// <summary>When true, analyzer decisions are collected into <see cref="FileResult.Explanations"/>.</summary>
    public bool Explain { get; init; }

    /// <summary>Configuration hook: the analysis options for a file, by reported path.</summary>
    public Func<string, AnalysisOptions>? OptionsForFile { get; init; }

    /// <summary>Configuration hook: rewrites a file's findings (in-document suppressions); runs before sorting.</summary>
    public Func<Document, IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? PostProcess { get; init; }

    /// <summary>Configuration hook: whether a file found in a folder or by a glob is linted, by reported path.</summary>
    public Func<string, bool>? Include { get; init; }

    /// <summary>SARIF <c>automationDetails.id</c> prefix, copied to <see cref="LintRunResult.Category"/>.</summary>
    public string? Category { get; init; }
}
