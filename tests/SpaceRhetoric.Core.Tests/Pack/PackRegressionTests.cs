using SpaceRhetoric.Evaluation;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>
/// Sentences written for the pack (not taken from any evaluation set): claims it must report and
/// near-misses it must leave alone. A change to a rule or vocabulary that breaks one shows here.
/// </summary>
public sealed class PackRegressionTests
{
    [Fact]
    public void DefaultPack_GetsEveryRegressionSentenceRight()
    {
        string root = Evaluation.SharedData.RepositoryRoot() ?? throw new InvalidOperationException("SpaceRhetoric.sln not found above the test binaries.");
        string path = Path.Combine(root, "tests", "SpaceRhetoric.Core.Tests", "Pack", "PackRegression.tsv");

        EvalReport report = EvalRunner.Run(DefaultPack.Loaded.Analyzer, path);

        Assert.True(report.Overall.Rows > 200, $"only {report.Overall.Rows} rows read");
        Assert.True(report.Overall.FalsePositives + report.Overall.FalseNegatives == 0, report.Format());
    }
}
