namespace SpaceRhetoric.Cli.Tests;

/// <summary>
/// Copies every SARIF log the tests produce into <c>$SPACERHETORIC_SARIF_OUT</c> (when set), so that CI
/// can validate them with the SARIF Multitool.
/// </summary>
internal static class SarifArtifacts
{
    public static void Keep(string name, byte[] content)
    {
        string? folder = Environment.GetEnvironmentVariable("SPACERHETORIC_SARIF_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name.EndsWith(".sarif", StringComparison.Ordinal) ? name : name + ".sarif"), content);
    }

    public static void KeepAll(string caseName, string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.sarif", SearchOption.AllDirectories))
        {
            Keep($"{caseName}-{Path.GetFileName(file)}", File.ReadAllBytes(file));
        }
    }
}
