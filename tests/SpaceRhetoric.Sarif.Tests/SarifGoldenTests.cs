namespace SpaceRhetoric.Sarif.Tests;

public sealed class SarifGoldenTests
{
    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void WrittenLog_MatchesApprovedFile(string name)
    {
        byte[] log = Scenarios.Write(Scenarios.ByName(name));

        ApprovedFiles.Verify(name, log);
    }
}
