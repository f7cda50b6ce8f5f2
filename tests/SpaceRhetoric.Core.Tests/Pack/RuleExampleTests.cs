using SpaceRhetoric.Rules;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>Every example of every rule in the default pack is a test case.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (RuleExample example in DefaultPack.Loaded.Examples)
        {
            data.Add(Key(example));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_GivesExactlyTheMarkedFindings(string example)
    {
        RuleExample found = DefaultPack.Loaded.Examples.Single(e => Key(e) == example);

        RuleExampleResult result = RuleExampleRunner.Run(DefaultPack.Loaded, found);

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Pack_HasExamples()
    {
        Assert.NotEmpty(DefaultPack.Loaded.Examples);
    }

    // Strings keep the theory's cases readable in test explorers and stable across runs.
    private static string Key(RuleExample example) => $"{example.RuleId} {example.Kind.ToString().ToLowerInvariant()} line {example.Line}: {example.Text}";
}
