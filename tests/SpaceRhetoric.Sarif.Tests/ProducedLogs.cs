namespace SpaceRhetoric.Sarif.Tests;

/// <summary>
/// Copies every log the tests produce to the folder named by <c>SPACERHETORIC_SARIF_OUT</c>, when set,
/// so that CI can run the SARIF validator on them. Without the variable nothing is written.
/// </summary>
internal static class ProducedLogs
{
    public const string Variable = "SPACERHETORIC_SARIF_OUT";

    public static void Save(string name, byte[] log)
    {
        string? folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name + ".sarif"), log);
    }
}
