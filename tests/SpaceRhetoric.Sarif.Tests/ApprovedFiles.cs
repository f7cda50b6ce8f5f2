namespace SpaceRhetoric.Sarif.Tests;

/// <summary>
/// Golden files in <c>Approved/</c>, compared byte for byte. A mismatch writes <c>NAME.received.sarif</c>
/// beside the approved file; <c>SPACERHETORIC_APPROVE=1 dotnet test</c> accepts what was received.
/// </summary>
internal static class ApprovedFiles
{
    public const string RefreshCommand = "SPACERHETORIC_APPROVE=1 dotnet test tests/SpaceRhetoric.Sarif.Tests";

    public static string Directory { get; } = FindDirectory();

    public static void Verify(string name, byte[] received)
    {
        ProducedLogs.Save(name, received);
        string approvedPath = Path.Combine(Directory, name + ".sarif");
        string receivedPath = Path.Combine(Directory, name + ".received.sarif");
        byte[]? approved = File.Exists(approvedPath) ? File.ReadAllBytes(approvedPath) : null;
        if (approved is not null && approved.AsSpan().SequenceEqual(received))
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("SPACERHETORIC_APPROVE") == "1")
        {
            File.WriteAllBytes(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}. Review {receivedPath}, then run `{RefreshCommand}` to accept it."
            : $"{receivedPath} differs from {approvedPath}. Review the difference, then run `{RefreshCommand}` to accept it.");
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpaceRhetoric.Sarif.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Approved");
            }
        }

        throw new InvalidOperationException($"Cannot find the test project above {AppContext.BaseDirectory}.");
    }
}
