using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Core.Tests.Configuration;

/// <summary>Hand-made rule descriptors standing in for a loaded pack.</summary>
internal static class TestRules
{
    public static readonly RuleDescriptor SR1001 = Rule("SR1001", "universal-benefit", Severity.Warning);
    public static readonly RuleDescriptor SR1002 = Rule("SR1002", "universal-benefit", Severity.Warning);
    public static readonly RuleDescriptor SR1101 = Rule("SR1101", "unity-claim", Severity.Note);
    public static readonly RuleDescriptor SR1901 = Rule("SR1901", "document", Severity.None);

    public static readonly IReadOnlyList<RuleDescriptor> All = [SR1001, SR1002, SR1101, SR1901];

    public static string RepositoryRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SpaceRhetoric.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }

    public static string Fixture(string name) => Path.Combine(RepositoryRoot(), "tests", "SpaceRhetoric.Core.Tests", "Fixtures", "Configuration", name);

    private static RuleDescriptor Rule(string id, string category, Severity severity) => new()
    {
        Id = id,
        Name = "Rule" + id,
        Title = "Test rule " + id,
        Category = category,
        DefaultSeverity = severity,
        MessageFormat = "'{match}' is a claim.",
    };
}
