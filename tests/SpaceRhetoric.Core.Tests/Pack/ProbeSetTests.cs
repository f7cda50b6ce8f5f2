using SpaceRhetoric.Evaluation;
using Xunit.Abstractions;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>
/// The default pack measured on the probe set: sentences written in the register of treaties,
/// agency releases, speeches, national policies and critiques, with varied wording for every
/// category and the near-misses the labelling guidelines name (named beneficiaries, mixed
/// sentences, bounded groups, factual firsts, other senses of "humanity", shared physical risks,
/// critical quotation, titles). It guards generalisation beyond the phrasings the rules were
/// first written for.
/// </summary>
public sealed class ProbeSetTests(ITestOutputHelper output)
{
    private static readonly string[] s_categories =
    [
        "universal-benefit", "unity-claim", "shared-future/common-interest",
        "speaking-for-humanity", "grandiose-destiny", "national-solution-as-universal",
    ];

    [Fact]
    public void DefaultPack_OnTheProbeSet_KeepsPrecisionAndRecall()
    {
        EvalReport report = EvalRunner.Run(DefaultPack.Loaded.Analyzer, ProbePath());
        output.WriteLine(report.Format());

        Assert.True(report.Overall.Rows >= 150, $"only {report.Overall.Rows} rows read");
        Assert.True(report.Overall.Precision >= 0.95, $"precision {report.Overall.Precision:0.000} < 0.95\n{report.Format()}");
        Assert.True(report.Overall.Recall >= 0.95, $"recall {report.Overall.Recall:0.000} < 0.95\n{report.Format()}");
    }

    [Fact]
    public void ProbeSet_CoversEveryCategoryAndEnoughNearMisses()
    {
        IReadOnlyList<EvalRow> rows = EvalTsvReader.Read(ProbePath());

        foreach (string category in s_categories)
        {
            int count = rows.Count(r => r.ShouldFlag && r.Category == category);
            Assert.True(count >= 10, $"only {count} probe sentences for {category}");
        }

        Assert.True(rows.Count(r => !r.ShouldFlag) >= 60, "too few sentences that must not be flagged");
        Assert.All(rows, r => Assert.Equal("written for the probe set", r.Source));
    }

    private static string ProbePath()
    {
        string root = Evaluation.SharedData.RepositoryRoot() ?? throw new InvalidOperationException("SpaceRhetoric.sln not found above the test binaries.");
        return Path.Combine(root, "tests", "SpaceRhetoric.Core.Tests", "Fixtures", "Pack", "probe.tsv");
    }
}
