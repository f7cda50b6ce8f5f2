using SpaceRhetoric.Evaluation;
using SpaceRhetoric.Rules;
using Xunit.Abstractions;

namespace SpaceRhetoric.Core.Tests.Evaluation;

/// <summary>The default pack measured on the labelled development set.</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private const string DevSet = "eval/dev.tsv";

    [SharedFileFact(DevSet)]
    public void DefaultPack_OnTheDevSet_MeetsPrecisionAndRecallTargets()
    {
        IDocumentAnalyzer analyzer = RulePackLoader.Load(includeDefaultPack: true, directories: []).Analyzer;

        EvalReport report = EvalRunner.Run(analyzer, SharedData.PathOf(DevSet)!);
        output.WriteLine(report.Format());

        Assert.True(report.Overall.Rows > 100, $"only {report.Overall.Rows} rows read");
        Assert.True(report.Overall.Precision >= 0.90, $"precision {report.Overall.Precision:0.000} < 0.90\n{report.Format()}");
        Assert.True(report.Overall.Recall >= 0.85, $"recall {report.Overall.Recall:0.000} < 0.85\n{report.Format()}");
    }
}
