using System.Runtime.CompilerServices;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Core.Tests.Rules;

public class RuleExampleRunnerTests
{
    internal static string FixtureDirectory(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "Rules", name));

    public static TheoryData<RuleExample> FixturePackExamples()
    {
        var data = new TheoryData<RuleExample>();
        foreach (RuleExample example in RulePackLoader.Load(false, [FixtureDirectory("pack")]).Examples)
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixturePackExamples))]
    public void FixturePackExample_Passes(RuleExample example)
    {
        LoadedRulePack pack = RulePackLoader.Load(false, [FixtureDirectory("pack")]);
        RuleExampleResult result = RuleExampleRunner.Run(pack, example);
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_FixturePack_AllPass_WithCoverage()
    {
        LoadedRulePack pack = RulePackLoader.Load(false, [FixtureDirectory("pack")]);
        RuleExampleReport report = RuleExampleRunner.Run(pack);
        Assert.True(report.AllPassed, string.Join("\n", report.Results.Where(r => !r.Passed)));
        Assert.Equal(18, report.Results.Count);
        Assert.Equal(["SR1001", "SR1101", "SR1901"], report.RulesWithExamples);
        Assert.Empty(report.RulesWithoutExamples);
        RuleExample first = pack.Examples[0];
        Assert.Equal(("SR1001", RuleExampleKind.Flagged, 32, 7), (first.RuleId, first.Kind, first.Line, first.Column));
        Assert.EndsWith("pack/SR1001.yaml", first.SourcePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportsFailuresWithExpectedAndActual_AndMissingExamples()
    {
        LoadedRulePack pack = RulePackLoader.Load(false, [FixtureDirectory("failing")]);
        RuleExampleReport report = RuleExampleRunner.Run(pack);
        Assert.Equal(2, report.FailedCount);
        RuleExampleResult flagged = report.Results.Single(r => r.Example.Kind == RuleExampleKind.Flagged);
        Assert.Equal(["our common future"], flagged.Expected);
        Assert.Empty(flagged.Actual);
        Assert.Equal("expected [our common future], got none", flagged.Failure);
        RuleExampleResult passing = report.Results.Single(r => r.Example.Kind == RuleExampleKind.Passing);
        Assert.Equal(["our shared future"], passing.Actual);
        Assert.Equal((14, 7), (passing.Example.Line, passing.Example.Column));
        Assert.Equal(["SR2001"], report.RulesWithExamples);
        Assert.Equal(["SR2002"], report.RulesWithoutExamples);
    }

    [Fact]
    public void BadMarkup_FailsTheExample()
    {
        LoadedRulePack pack = RulePackLoader.Load(false, [FixtureDirectory("failing")]);
        var example = new RuleExample("SR2001", RuleExampleKind.Flagged, "This is [our shared future.", "x.yaml", 1, 1);
        RuleExampleResult result = RuleExampleRunner.Run(pack, example);
        Assert.False(result.Passed);
        Assert.Contains("'[' without ']'", result.Failure, StringComparison.Ordinal);
    }
}
