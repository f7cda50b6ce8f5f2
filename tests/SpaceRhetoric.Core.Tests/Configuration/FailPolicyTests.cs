using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class FailPolicyTests
{
    private static Diagnostic Finding(Severity severity, BaselineState? state = null, Suppression? suppression = null) =>
        DocumentBuilder.Finding("SR1001", 0, "all humanity") with { Severity = severity, BaselineState = state, Suppression = suppression };

    [Fact]
    public void CommandLine_BeatsConfig_BeatsDefault()
    {
        SpaceRhetoricConfig config = ConfigLoader.Parse("failLevel: note\nfailOn: new\n", "/repo/.spacerhetoric.yaml");

        Assert.Equal(new FailPolicy(Severity.Note, FailOn.New), FailPolicy.Resolve(config, null, null));
        Assert.Equal(new FailPolicy(Severity.Error, FailOn.Any), FailPolicy.Resolve(config, Severity.Error, FailOn.Any));
        Assert.Equal(new FailPolicy(Severity.Warning, FailOn.Any), FailPolicy.Resolve(SpaceRhetoricConfig.Default("/repo"), null, null));
    }

    [Theory]
    [InlineData(Severity.Warning, Severity.Warning, true)]
    [InlineData(Severity.Error, Severity.Warning, true)]
    [InlineData(Severity.Note, Severity.Warning, false)]
    [InlineData(Severity.Warning, Severity.Error, false)]
    public void FailLevel_IsInclusive(Severity finding, Severity failLevel, bool fails) =>
        Assert.Equal(fails, new FailPolicy(failLevel, FailOn.Any).Fails(Finding(finding)));

    [Fact]
    public void SuppressedFindings_NeverFail() =>
        Assert.False(new FailPolicy(Severity.Note, FailOn.Any).Fails(Finding(Severity.Error, suppression: new Suppression("inSource", null))));

    [Theory]
    [InlineData(BaselineState.New, true)]
    [InlineData(BaselineState.Unchanged, false)]
    [InlineData(BaselineState.Updated, false)]
    public void FailOnNew_OnlyNewFindingsFail(BaselineState state, bool fails)
    {
        Assert.Equal(fails, new FailPolicy(Severity.Warning, FailOn.New).Fails(Finding(Severity.Error, state)));
        Assert.True(new FailPolicy(Severity.Warning, FailOn.Any).Fails(Finding(Severity.Error, state)));
    }

    [Fact]
    public void FailOnNew_WithoutBaseline_TreatsEveryFindingAsNew() =>
        Assert.True(new FailPolicy(Severity.Warning, FailOn.New).Fails(Finding(Severity.Warning)));

    [Fact]
    public void Run_FailsWhenAnyFileHasAFailingFinding_AndOmitSuppressedDropsSuppressed()
    {
        var run = new LintRunResult
        {
            RootDirectory = "/repo",
            Rules = TestRules.All,
            Files =
            [
                new FileResult("a.md", "/repo/a.md", new SourceText("all humanity"), [Finding(Severity.Warning, suppression: new Suppression("inSource", "quoted"))]),
                new FileResult("b.md", "/repo/b.md", new SourceText("all humanity"), [Finding(Severity.Note)]),
            ],
        };

        Assert.False(new FailPolicy(Severity.Warning, FailOn.Any).Fails(run));
        Assert.True(new FailPolicy(Severity.Note, FailOn.Any).Fails(run));

        LintRunResult trimmed = ResultFilters.OmitSuppressed(run);
        Assert.Empty(trimmed.Files[0].Diagnostics);
        Assert.Single(trimmed.Files[1].Diagnostics);
        Assert.Single(run.Files[0].Diagnostics);
    }
}
