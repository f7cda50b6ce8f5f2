namespace SpaceRhetoric.Cli.Tests;

/// <summary>
/// Compares output with an approved file. On a mismatch it writes <c>*.received.txt</c> beside the
/// approved file and fails; <c>SPACERHETORIC_APPROVE=1 dotnet test</c> accepts the received output.
/// </summary>
internal static class Approvals
{
    public const string RefreshCommand = "SPACERHETORIC_APPROVE=1 dotnet test";

    public static void Verify(string approvedPath, string received)
    {
        string receivedPath = Path.ChangeExtension(approvedPath, ".received" + Path.GetExtension(approvedPath));
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("SPACERHETORIC_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved output at {approvedPath}. Received output written to {receivedPath}; review it, then run `{RefreshCommand}`."
            : $"Output differs from {approvedPath} ({FirstDifference(approved, received)}). Received output written to {receivedPath}; if the change is intended, run `{RefreshCommand}`.");
    }

    private static string FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n');
        string[] r = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < r.Length ? r[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected \"{left}\", received \"{right}\"";
            }
        }

        return "line endings";
    }
}
