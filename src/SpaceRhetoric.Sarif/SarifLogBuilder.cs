using Microsoft.CodeAnalysis.Sarif;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;
using SpaceRhetoric.Text;
using SarifBaselineState = Microsoft.CodeAnalysis.Sarif.BaselineState;
using SarifFix = Microsoft.CodeAnalysis.Sarif.Fix;
using SarifSuppression = Microsoft.CodeAnalysis.Sarif.Suppression;

namespace SpaceRhetoric.Sarif;

/// <summary>Maps a <see cref="LintRunResult"/> onto the Sarif.Sdk object model (one run).</summary>
internal sealed class SarifLogBuilder
{
    private const int MaxDescriptionLength = 1024;
    private const int MaxTags = 20;
    private const string LineHashKey = "primaryLocationLineHash";

    /// <summary>The OASIS standard's own schema location for SARIF 2.1.0.</summary>
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

    private readonly LintRunResult _run;
    private readonly bool _omitSuppressed;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleDescriptor> _rulesById = new(StringComparer.Ordinal);

    public SarifLogBuilder(LintRunResult run, bool omitSuppressed)
    {
        _run = run;
        _omitSuppressed = omitSuppressed;
        for (int i = 0; i < run.Rules.Count; i++)
        {
            _ruleIndex.TryAdd(run.Rules[i].Id, i);
            _rulesById.TryAdd(run.Rules[i].Id, run.Rules[i]);
        }
    }

    public SarifLog Build()
    {
        var run = new Run
        {
            Tool = new Tool { Driver = BuildDriver() },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>(StringComparer.Ordinal)
            {
                [SarifUris.SourceRootId] = new ArtifactLocation { Uri = SarifUris.DirectoryUri(_run.RootDirectory) },
            },
            Invocations = [BuildInvocation()],
            Results = BuildResults(),
            ColumnKind = ColumnKind.Utf16CodeUnits,
        };

        if (!string.IsNullOrWhiteSpace(_run.Category))
        {
            string id = _run.Category.Trim();
            run.AutomationDetails = new RunAutomationDetails { Id = id.EndsWith('/') ? id : id + "/" };
        }

        return new SarifLog
        {
            SchemaUri = new Uri(SchemaUri),
            Version = SarifVersion.Current,
            Runs = [run],
        };
    }

    private ToolComponent BuildDriver() => new()
    {
        Name = ProductInfo.Name,
        FullName = ProductInfo.FullName,
        Version = ProductInfo.Version,
        SemanticVersion = ProductInfo.Version,
        InformationUri = new Uri(ProductInfo.InformationUri),
        Rules = [.. _run.Rules.Select(BuildRule)],
    };

    private static ReportingDescriptor BuildRule(RuleDescriptor rule)
    {
        string helpUri = string.IsNullOrWhiteSpace(rule.HelpUri) ? ProductInfo.RuleHelpUri(rule.Id) : rule.HelpUri;
        string title = WithPeriod(rule.Title.Trim());
        string description = Truncate(WithPeriod((string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description).Trim()));
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = rule.Name,
            ShortDescription = new MultiformatMessageString { Text = Truncate(title) },
            FullDescription = new MultiformatMessageString { Text = description },
            Help = new MultiformatMessageString
            {
                Text = $"{description} See {helpUri}",
                Markdown = string.IsNullOrWhiteSpace(rule.HelpMarkdown)
                    ? $"{description} See [{rule.Id}]({helpUri})."
                    : NormalizeNewlines(rule.HelpMarkdown),
            },
            HelpUri = new Uri(helpUri, UriKind.RelativeOrAbsolute),
            DefaultConfiguration = new ReportingConfiguration { Level = ToLevel(rule.DefaultSeverity) },
        };

        // Keys in ordinal order so that the output never depends on insertion history.
        descriptor.SetProperty("category", rule.Category);
        descriptor.SetProperty("precision", rule.Precision);
        descriptor.SetProperty("problem.severity", ToProblemSeverity(rule.DefaultSeverity));
        descriptor.SetProperty("tags", BuildTags(rule));
        return descriptor;
    }

    private static List<string> BuildTags(RuleDescriptor rule)
    {
        // Code scanning treats a `security` tag as a security alert; these rules are about prose.
        return [.. new[] { rule.Category }
            .Concat(rule.Tags)
            .Where(t => !string.IsNullOrWhiteSpace(t) && !t.Equals("security", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Trim())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTags)];
    }

    private Invocation BuildInvocation()
    {
        var invocation = new Invocation
        {
            ExecutionSuccessful = _run.ExecutionSuccessful,
            ToolExecutionNotifications = [.. _run.Notifications.Select(BuildNotification)],
        };

        if (CheckoutDirectory() is { } checkout)
        {
            invocation.WorkingDirectory = new ArtifactLocation { Uri = SarifUris.DirectoryUri(checkout) };
        }

        if (_run.SeverityOverrides.Count > 0)
        {
            invocation.RuleConfigurationOverrides = [.. _run.SeverityOverrides.Select(o => new ConfigurationOverride
            {
                Descriptor = RuleReference(o.RuleId),
                Configuration = new ReportingConfiguration
                {
                    Level = ToLevel(o.Severity),
                    Enabled = o.Severity != Severity.None,
                },
            })];
        }

        return invocation;
    }

    /// <summary>
    /// When some result lies outside the root (an absolute <c>file:</c> URI), the deepest folder holding the root and
    /// every such file: GitHub code scanning takes <c>workingDirectory</c> as the checkout path that absolute result
    /// URIs must start with (GH1006). Null when every result is relative to the root.
    /// </summary>
    private string? CheckoutDirectory()
    {
        string? common = null;
        foreach (FileResult file in _run.Files)
        {
            if (file.Diagnostics.Count == 0 || SarifUris.RelativeTo(_run.RootDirectory, file.FullPath) is not null)
            {
                continue;
            }

            common ??= Path.GetFullPath(_run.RootDirectory);
            string folder = Path.GetDirectoryName(Path.GetFullPath(file.FullPath)) ?? common;
            while (Path.GetRelativePath(common, folder) != "." && SarifUris.RelativeTo(common, folder) is null && Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }
        }

        return common;
    }

    private ReportingDescriptorReference RuleReference(string ruleId) =>
        new() { Id = ruleId, Index = _ruleIndex.TryGetValue(ruleId, out int index) ? index : -1 };

    private Notification BuildNotification(ToolDiagnostic diagnostic)
    {
        var notification = new Notification
        {
            Level = ToLevel(diagnostic.Severity),
            Message = new Message { Text = WithPeriod(diagnostic.Message) },
            Descriptor = new ReportingDescriptorReference { Id = diagnostic.Id },
        };

        if (!string.IsNullOrEmpty(diagnostic.Path))
        {
            var physical = new PhysicalLocation { ArtifactLocation = ArtifactFor(diagnostic.Path, fullPath: null) };
            if (diagnostic.Line > 0)
            {
                physical.Region = new Region { StartLine = diagnostic.Line, StartColumn = Math.Max(0, diagnostic.Column) };
            }

            notification.Locations = [new Location { PhysicalLocation = physical }];
        }

        return notification;
    }

    /// <summary>Relative to <c>SRCROOT</c> when the path lies under the root, else an absolute <c>file:</c> URI.</summary>
    private ArtifactLocation ArtifactFor(string path, string? fullPath)
    {
        Uri? uri = Path.IsPathRooted(path) ? null : SarifUris.RelativeUri(path);

        // A rooted path, or a relative one with `.`/`..` segments: resolve it against the root first.
        uri ??= SarifUris.RelativeTo(_run.RootDirectory, path) is { } normalised ? SarifUris.RelativeUri(normalised) : null;

        return uri is not null
            ? new ArtifactLocation { Uri = uri, UriBaseId = SarifUris.SourceRootId }
            : new ArtifactLocation { Uri = SarifUris.FileUri(fullPath ?? Path.GetFullPath(path, _run.RootDirectory)) };
    }

    private List<Result> BuildResults()
    {
        var results = new List<Result>();
        foreach (FileResult file in _run.Files)
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

        return results;
    }

    private Result BuildResult(FileResult file, Diagnostic diagnostic, LineHashes hashes)
    {
        SourceText source = file.Source;
        Region region = RegionFor(source, diagnostic.Span, withSnippet: true);
        var physical = new PhysicalLocation
        {
            ArtifactLocation = ArtifactFor(file.Path, file.FullPath),
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
            RuleIndex = _ruleIndex.TryGetValue(diagnostic.RuleId, out int index) ? index : -1,
            Level = ToLevel(diagnostic.Severity),
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
                    Description = new Message { Text = WithPeriod(fix.Description) },
                    ArtifactChanges =
                    [
                        new ArtifactChange
                        {
                            ArtifactLocation = ArtifactFor(file.Path, file.FullPath),
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

    private static FailureLevel ToLevel(Severity severity) => severity switch
    {
        Severity.Error => FailureLevel.Error,
        Severity.Warning => FailureLevel.Warning,
        Severity.Note => FailureLevel.Note,
        _ => FailureLevel.None,
    };

    private static string ToProblemSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    private static string WithPeriod(string text) =>
        text.Length == 0 || text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

    private static string Truncate(string text)
    {
        if (text.Length <= MaxDescriptionLength)
        {
            return text;
        }

        int cut = MaxDescriptionLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "\u2026";
    }

    private static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
