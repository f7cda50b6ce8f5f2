using SpaceRhetoric.Engine;
using static SpaceRhetoric.Sarif.Tests.TestRuns;

namespace SpaceRhetoric.Sarif.Tests;

public sealed class SarifResultStreamTests
{
    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Streamed_FileByFile_ByteIdenticalToTheWholeRun(string name)
    {
        LintRunResult run = Scenarios.ByName(name);

        byte[] streamed = WriteStreamed(run, new SarifLogWriter());

        Assert.Equal(Scenarios.Write(run), streamed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Streamed_OmitSuppressedResults_SameAsWholeRun(bool omit)
    {
        LintRunResult run = Scenarios.Triage();
        var writer = new SarifLogWriter { OmitSuppressedResults = omit };

        Assert.Equal(Scenarios.Write(run, writer), WriteStreamed(run, writer));
    }

    [Fact]
    public void Streamed_RuleIndexComesFromTheFinalRuleList_NotTheOrderRulesWereKnownIn()
    {
        LintRunResult whole = Scenarios.Encodings();
        var stream = new SarifResultStream(whole.RootDirectory, AllRules.Reverse());
        foreach (FileResult file in whole.Files)
        {
            stream.Add(file);
        }

        using var output = new MemoryStream();
        new SarifLogWriter().Write(whole with { Files = [] }, stream, output);

        Assert.Equal(new[] { Humanity.Id, Mankind.Id, Unites.Id }.Order(StringComparer.Ordinal), stream.ReportedRuleIds.Order(StringComparer.Ordinal));
        Assert.Equal(4, stream.Count);
        Assert.Equal(Scenarios.Write(whole), output.ToArray());
    }

    [Fact]
    public void WriteFile_Streamed_SameBytesAsWrite()
    {
        LintRunResult run = Scenarios.Notifications();
        string path = Path.Combine(Path.GetTempPath(), $"sr-stream-{Guid.NewGuid():N}.sarif");
        try
        {
            var stream = new SarifResultStream(run.RootDirectory, run.Rules);
            foreach (FileResult file in run.Files)
            {
                stream.Add(file);
            }

            new SarifLogWriter().WriteFile(run with { Files = [] }, stream, path);

            Assert.Equal(Scenarios.Write(run), System.IO.File.ReadAllBytes(path));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static byte[] WriteStreamed(LintRunResult run, SarifLogWriter writer)
    {
        var stream = new SarifResultStream(run.RootDirectory, run.Rules);
        foreach (FileResult file in run.Files)
        {
            stream.Add(file);
        }

        using var output = new MemoryStream();
        writer.Write(run with { Files = [] }, stream, output);
        return output.ToArray();
    }
}
