namespace SpaceRhetoric.Sarif.Tests;

public sealed class ApprovedFilesValidationTests
{
    [SarifValidatorFact]
    public void ApprovedLogs_PassSchemaAndGitHubIngestionRules()
    {
        string[] files = [.. Directory.GetFiles(ApprovedFiles.Directory, "*.sarif")
            .Where(f => !f.EndsWith(".received.sarif", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        Assert.NotEmpty(files);

        (int exitCode, string output) = SarifValidator.Validate(files);

        Assert.True(exitCode == 0, output);
        foreach (string file in files)
        {
            Assert.Contains($"{file}: 0 errors, 0 warnings", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ApprovedFiles_OneForEveryScenario()
    {
        foreach (string name in Scenarios.Names)
        {
            Assert.True(File.Exists(Path.Combine(ApprovedFiles.Directory, $"{name}.sarif")), $"missing approved file for {name}");
        }
    }
}
