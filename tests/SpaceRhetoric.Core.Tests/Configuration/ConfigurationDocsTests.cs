using System.Text.RegularExpressions;
using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Core.Tests.Configuration;

/// <summary>The examples in docs/configuration.md must work as printed.</summary>
public partial class ConfigurationDocsTests
{
    private static string Docs() => File.ReadAllText(Path.Combine(TestRules.RepositoryRoot(), "docs", "configuration.md"));

    [Fact]
    public void CompleteYamlExample_Loads()
    {
        string[] examples = [.. Blocks("yaml").Where(b => b.Contains("overrides:", StringComparison.Ordinal))];

        Assert.NotEmpty(examples);
        foreach (string yaml in examples)
        {
            SpaceRhetoricConfig config = ConfigLoader.Parse(yaml, "/repo/.spacerhetoric.yaml");
            Assert.NotEmpty(config.Overrides);
        }
    }

    [Fact]
    public void EditorConfigExamples_Parse()
    {
        string[] examples = [.. Blocks("ini")];

        Assert.NotEmpty(examples);
        foreach (string ini in examples)
        {
            EditorConfigFile file = EditorConfigFile.Parse("/repo/.editorconfig", ini);
            Assert.Empty(file.Diagnostics);
            Assert.Contains(file.Sections, s => s.Settings.Count > 0);
        }
    }

    [Fact]
    public void MarkdownExamples_UseDirectivesThatParse()
    {
        var directives = new SuppressionDirectives();
        int seen = 0;
        foreach (string markdown in Blocks("markdown"))
        {
            var built = DocumentBuilder.Parse(markdown);
            seen += built.Document.Comments.Count;
            IReadOnlyList<Diagnostic> results = directives.Apply(built.Document, [], Severity.None);
            Assert.DoesNotContain(results, d => d.RuleId == ToolDiagnosticIds.InvalidSuppression);
        }

        Assert.True(seen >= 5, $"only {seen} directive comments in the examples");
    }

    private static IEnumerable<string> Blocks(string language) =>
        FencedBlock().Matches(Docs()).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["body"].Value);

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
