using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Core.Tests.Rules;

/// <summary>The language reference's complete YAML files load, and their examples pass.</summary>
public partial class RuleLanguageReadmeTests
{
    private static string ReadmePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "rules", "README.md"));

    [Fact]
    public void ReadmeRuleAndVocabularyFiles_LoadAndTheirExamplesPass()
    {
        string readme = File.ReadAllText(ReadmePath());
        var blocks = YamlBlockRegex().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        var files = new List<(string Path, string Text)>();
        foreach (string block in blocks)
        {
            if (Regex.IsMatch(block, @"^id: SR\d{4}", RegexOptions.Multiline))
            {
                files.Add(($"readme/rule{files.Count}.yaml", block));
            }
            else if (block.StartsWith("# yaml-language-server", StringComparison.Ordinal) && block.Contains("termSets:", StringComparison.Ordinal))
            {
                files.Add(("readme/terms.yaml", block));
            }
        }

        Assert.Equal(3, files.Count);
        LoadedRulePack pack = RulePackLoader.LoadSources(files);
        Assert.Equal(["SR1001", "SR1901"], pack.Analyzer.Rules.Select(r => r.Id));
        RuleExampleReport report = RuleExampleRunner.Run(pack);
        Assert.True(report.AllPassed, string.Join("\n", report.Results.Where(r => !r.Passed)));
    }

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlockRegex();
}
