namespace SpaceRhetoric.Core.Tests.Documents;

/// <summary>Reads fixture files from the source tree, byte for byte (CRLF and BOM intact).</summary>
internal static class Fixture
{
    private const string FixtureFolder = "tests/SpaceRhetoric.Core.Tests/Fixtures/Documents";

    public static byte[] ReadBytes(string name) => File.ReadAllBytes(Path.Combine(FindFolder(), name));

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, FixtureFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{FixtureFolder} not found above {AppContext.BaseDirectory}.");
    }
}
