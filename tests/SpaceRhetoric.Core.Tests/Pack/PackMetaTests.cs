using System.Text.RegularExpressions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>Conventions every rule of the default pack keeps: IDs, names, docs, help links, examples.</summary>
public sealed partial class PackMetaTests
{
    private static readonly (string Category, int First, int Last)[] Ranges =
    [
        ("universal-benefit", 1000, 1099),
        ("unity-claim", 1100, 1199),
        ("shared-future", 1200, 1299),
        ("speaking-for-humanity", 1300, 1399),
        ("grandiose-destiny", 1400, 1499),
        ("national-solution", 1500, 1599),
    ];

    private static readonly string[] DocHeadings =
    [
        "## Cause",
        "## Why it matters",
        "## How to fix",
        "## When to suppress",
        "## Related rules",
    ];

    private static IReadOnlyList<RuleDescriptor> Rules => DefaultPack.Loaded.Analyzer.Rules;

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (RuleDescriptor rule in Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_AreUnique()
    {
        Assert.Equal(Rules.Count, Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryCategory_HasAtLeastThreeRules()
    {
        foreach ((string category, _, _) in Ranges)
        {
            Assert.True(Rules.Count(r => r.Category == category) >= 3, $"category {category} has fewer than three rules");
        }

        Assert.Contains(Rules, r => IdNumber(r) is >= 1900 and <= 1999);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_IsInTheRangeOfItsCategory(string id)
    {
        RuleDescriptor rule = Rule(id);
        int number = IdNumber(rule);
        if (number is >= 1900 and <= 1999)
        {
            Assert.DoesNotContain(Ranges, r => r.Category == rule.Category);
            return;
        }

        (string category, int first, int last) = Assert.Single(Ranges, r => r.Category == rule.Category);
        Assert.InRange(number, first, last);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Name_IsPascalCaseAndNotTheId(string id)
    {
        RuleDescriptor rule = Rule(id);

        Assert.Matches(PascalCase(), rule.Name);
        Assert.NotEqual(rule.Id, rule.Name, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasADocPageWithEveryTemplateHeading(string id)
    {
        Assert.True(DefaultPack.Loaded.Docs.TryGetValue(id, out string? doc), $"rules/{id}.md is missing");
        RuleDescriptor rule = Rule(id);

        Assert.Equal(doc, rule.HelpMarkdown);
        Assert.StartsWith("# " + id + ": ", doc, StringComparison.Ordinal);
        Assert.Contains($"| {id} | {rule.Title} | `{rule.Category}` | {rule.DefaultSeverity.ToName()} |", doc, StringComparison.Ordinal);
        int last = -1;
        foreach (string heading in DocHeadings)
        {
            int at = doc.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.True(at > last, $"{id}.md lacks '{heading}' or has it out of order");
            last = at;
        }

        Assert.Contains($"spacerhetoric.{id}.severity = none", doc, StringComparison.Ordinal);
        Assert.Contains($"<!-- spacerhetoric-disable-next-line {id} -- ", doc, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasAHelpUriToItsDocPage(string id)
    {
        Assert.Equal(ProductInfo.RuleHelpUri(id), Rule(id).HelpUri);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasThreeFlaggedAndThreePassingExamples(string id)
    {
        var examples = DefaultPack.Loaded.Examples.Where(e => e.RuleId == id).ToList();
        Assert.True(examples.Count(e => e.Kind == RuleExampleKind.Flagged) >= 3, $"{id} has fewer than three flagged examples");
        Assert.True(examples.Count(e => e.Kind == RuleExampleKind.Passing) >= 3, $"{id} has fewer than three passing examples");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Message_QuotesTheMatchAndEndsWithAPeriod(string id)
    {
        RuleDescriptor rule = Rule(id);
        if (IdNumber(rule) is < 1900 or > 1999)
        {
            Assert.Contains("'{match}'", rule.MessageFormat, StringComparison.Ordinal);
        }

        Assert.EndsWith(".", rule.MessageFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void DocPages_BelongToLoadedRules()
    {
        Assert.All(DefaultPack.Loaded.Docs.Keys, id => Assert.Contains(Rules, r => r.Id == id));
    }

    [Fact]
    public void RuleIndex_InTheReadme_MatchesThePack()
    {
        string root = Evaluation.SharedData.RepositoryRoot() ?? throw new InvalidOperationException("SpaceRhetoric.sln not found above the test binaries.");
        string readme = File.ReadAllText(Path.Combine(root, "rules", "README.md"));
        int index = readme.IndexOf("\n## Rule index\n", StringComparison.Ordinal);
        Assert.True(index >= 0, "rules/README.md has no '## Rule index' section");

        var actual = readme[index..].Split('\n').Where(l => l.StartsWith("| [SR", StringComparison.Ordinal)).ToList();
        var expected = Rules
            .Select(r => $"| [{r.Id}]({r.Id}.md) | {r.Name} | {r.Title} | `{r.Category}` | {r.DefaultSeverity.ToName()} |")
            .ToList();

        Assert.True(expected.SequenceEqual(actual), "The rule index in rules/README.md is out of date; replace its rows with:\n" + string.Join("\n", expected));
    }

    private static RuleDescriptor Rule(string id) => Rules.Single(r => r.Id == id);

    private static int IdNumber(RuleDescriptor rule) => int.Parse(rule.Id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$")]
    private static partial Regex PascalCase();
}
