using Microsoft.CodeAnalysis.Sarif;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using SarifBaselineState = Microsoft.CodeAnalysis.Sarif.BaselineState;
using SarifFix = Microsoft.CodeAnalysis.Sarif.Fix;
using SarifSuppression = Microsoft.CodeAnalysis.Sarif.Suppression;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// Maps the findings of one file onto SARIF results. Everything that needs the file's text (regions,
/// snippets, line hashes) is worked out here, so the text can be dropped afterwards; only
/// <see cref="Result.RuleIndex"/> is left for the log builder, which knows the final rule list.
/// </summary>
internal sealed class SarifResultFactory
{
    private const string LineHashKey = "primaryLocationLineHash";

    private readonly string _rootDirectory;
    private readonly IReadOnlyDictionary<string, RuleDescriptor> _rulesById;
    private readonly bool _omitSuppressed;

    public SarifResultFactory(string rootDirectory, IReadOnlyDictionary<string, RuleDescriptor> rulesById, bool omitSuppressed)
    {
        _rootDirectory = rootDirectory;
        _rulesById = rulesById;
        _omitSuppressed = omitSuppressed;
    }

    /// <summary>Appends the results of <paramref name="file"/> (in its findings' order) to <paramref name="results"/>.</summary>
    public void Add(FileResult file, List<Result> results)
    {
        LineHashes? hashes = null;
        foreach (Diagnostic diagnostic in file.Diagnostics)
        {
            if (diagnostic.BaselineState == Diagnostics.BaselineState.Absent ||
                (_omitSuppressed && diagnostic.Suppression is not null))
            {
                continue;
            }

            hashes ??= new LineHashes(file.Source);
            results.Add(BuildResult(file, diagnostic, hashes));
        }
    }

    /// <summary>Relative to <c>SRCROOT</c> when the path lies under the root, else an absolute <c>file:</c> URI.</summary>
    internal static ArtifactLocation ArtifactFor(string rootDirectory, string path, string? fullPath)
    {
        Uri? uri = Path.IsPathRooted(path) ? null : SarifUris.RelativeUri(path);

        // A rooted path, or a relative one with `.`/`..` segments: resolve it against the root first.
        uri ??= SarifUris.RelativeTo(rootDirectory, path) is { } normalised ? SarifUris.RelativeUri(normalised) : null;

        return uri is not null
            ? new ArtifactLocation { Uri = uri, UriBaseId = SarifUris.SourceRootId }
            : new ArtifactLocation { Uri = SarifUris.FileUri(fullPath ?? Path.GetFullPath(path, rootDirectory)) };
    }

    private Result BuildResult(FileResult file, Diagnostic diagnostic, LineHashes hashes)
    {
        SourceText source = file.Source;
        Region region = RegionFor(source, diagnostic.Span, withSnippet: true);
        var physical = new PhysicalLocation
        {
            ArtifactLocation = ArtifactFor(_rootDirectory, file.Path, file.FullPath),
            Region = region,
            ContextRegion = ContextFor(source, diagnostic) is { } context ? RegionFor(source, context, withSnippet: true) : null,
        };

        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ContentFingerprint.SarifKey] = ContentFingerprint.Compute(diagnostic),
        };
        if (hashes.ForLine(region.StartLine) is { } lineHash)
        {
            fingerprints[LineHashKey] = lineHash;
        }

        var result = new Result
        {
            RuleId = diagnostic.RuleId,
            Level = SarifLogBuilder.ToLevel(diagnostic.Severity),
            Message = new Message { Text = diagnostic.Message },
            Locations = [new Location { PhysicalLocation = physical }],
            PartialFingerprints = new Dictionary<string, string>(fingerprints, StringComparer.Ordinal),
        };

        if (diagnostic.Suppression is { } suppression)
        {
            result.Suppressions =
            [
                new SarifSuppression
                {
                    Kind = string.Equals(suppression.Kind, "inSource", StringComparison.OrdinalIgnoreCase) ? SuppressionKind.InSource : SuppressionKind.External,
                    Status = SuppressionStatus.Accepted,
                    Justification = string.IsNullOrWhiteSpace(suppression.Justification) ? null : suppression.Justification,
                },
            ];
        }

        if (diagnostic.BaselineState is { } state)
        {
            result.BaselineState = state switch
            {
                Diagnostics.BaselineState.Unchanged => SarifBaselineState.Unchanged,
                Diagnostics.BaselineState.Updated => SarifBaselineState.Updated,
                _ => SarifBaselineState.New,
            };
        }

        if (diagnostic.Fix is { } fix)
        {
            result.Fixes =
            [
                new SarifFix
                {
                    Description = new Message { Text = SarifLogBuilder.WithPeriod(fix.Description) },
                    ArtifactChanges =
                    [
                        new ArtifactChange
                        {
                            ArtifactLocation = ArtifactFor(_rootDirectory, file.Path, file.FullPath),
                            Replacements =
                            [
                                new Replacement
                                {
                                    DeletedRegion = RegionFor(source, fix.Span, withSnippet: false),
                                    InsertedContent = new ArtifactContent { Text = fix.Replacement },
                                },
                            ],
                        },
                    ],
                },
            ];
        }

        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, string value) in diagnostic.Properties)
        {
            properties[key] = value;
        }

        if (_rulesById.TryGetValue(diagnostic.RuleId, out RuleDescriptor? rule))
        {
            properties.TryAdd("category", rule.Category);
        }

        foreach ((string key, string value) in properties)
        {
            result.SetProperty(key, value);
        }

        return result;
    }

    /// <summary>
    /// The sentence around the match when it is larger than the match, else the whole lines the match is on; null when
    /// those are the match itself (a table cell, a comment on its own line), since SARIF requires a context region to be
    /// a proper superset of the region (SARIF1008).
    /// </summary>
    private static TextSpan? ContextFor(SourceText source, Diagnostic diagnostic)
    {
        if (diagnostic.ContextSpan is { } context && context.Contains(diagnostic.Span) && context.Length > diagnostic.Span.Length && context.End <= source.Length)
        {
            return context;
        }

        int firstLine = source.GetLinePosition(diagnostic.Span.Start).Line;
        int lastLine = source.GetLinePosition(diagnostic.Span.End).Line;
        var lines = TextSpan.FromBounds(source.GetLineStart(firstLine), Math.Max(diagnostic.Span.End, source.GetLineSpan(lastLine).End));
        return lines.Length > diagnostic.Span.Length ? lines : null;
    }

    /// <summary>1-based lines and columns (UTF-16 units, end column exclusive) plus the 0-based offsets.</summary>
    private static Region RegionFor(SourceText source, TextSpan span, bool withSnippet)
    {
        LinePosition start = source.GetLinePosition(span.Start);
        LinePosition end = source.GetLinePosition(span.End);
        var region = new Region
        {
            StartLine = start.Line + 1,
            StartColumn = start.Character + 1,
            EndLine = end.Line + 1,
            EndColumn = end.Character + 1,
            CharOffset = span.Start,
            CharLength = span.Length,
        };

        if (withSnippet)
        {
            region.Snippet = new ArtifactContent { Text = source.ToString(span) };
        }

        return region;
    }

}
