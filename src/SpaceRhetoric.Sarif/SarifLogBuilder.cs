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

    /// <summary>The OASIS standard's own schema location for SARIF 2.1.0.</summary>
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

    private readonly LintRunResult _run;
    private readonly bool _omitSuppressed;
    private readonly IReadOnlyList<Result> _streamed;
    private readonly IReadOnlyList<string> _streamedOutsideRoot;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleDescriptor> _rulesById = new(StringComparer.Ordinal);

    /// <param name="run">The run; the results of its <see cref="LintRunResult.Files"/> follow <paramref name="streamed"/>.</param>
    /// <param name="omitSuppressed">Leave suppressed results out.</param>
    /// <param name="streamed">Results already built file by file (see <see cref="SarifResultStream"/>), in file order.</param>
    public SarifLogBuilder(LintRunResult run, bool omitSuppressed, SarifResultStream? streamed = null)
    {
        _run = run;
        _omitSuppressed = omitSuppressed;
        _streamed = streamed?.Results ?? [];
        _streamedOutsideRoot = streamed?.OutsideRoot ?? [];
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
        IEnumerable<string> outside = _run.Files
            .Where(f => f.Diagnostics.Count > 0 && SarifUris.RelativeTo(_run.RootDirectory, f.FullPath) is null)
            .Select(f => f.FullPath)
            .Concat(_streamedOutsideRoot);
        foreach (string fullPath in outside)
        {
            common ??= Path.GetFullPath(_run.RootDirectory);
            string folder = Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? common;
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

    private ArtifactLocation ArtifactFor(string path, string? fullPath) => SarifResultFactory.ArtifactFor(_run.RootDirectory, path, fullPath);

    private List<Result> BuildResults()
    {
        var results = new List<Result>(_streamed.Count);
        foreach (Result result in _streamed)
        {
            if (!_omitSuppressed || result.Suppressions is not { Count: > 0 })
            {
                results.Add(result);
            }
        }

        var factory = new SarifResultFactory(_run.RootDirectory, _rulesById, _omitSuppressed);
        foreach (FileResult file in _run.Files)
        {
            factory.Add(file, results);
        }

        // The rule list is final only now: configuration may enable a rule that is off by default.
        foreach (Result result in results)
        {
            result.RuleIndex = _ruleIndex.TryGetValue(result.RuleId, out int index) ? index : -1;
        }

        return results;
    }

    internal static FailureLevel ToLevel(Severity severity) => severity switch
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

    internal static string WithPeriod(string text) =>
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
