using System.Text.Json;
using Json.Schema;
using SpaceRhetoric.Core.Tests.Rules;

// Not "...Tests.Pack": the rule tests call a helper named Pack, which the namespace would shadow.
namespace SpaceRhetoric.Core.Tests.DefaultPackTests;

/// <summary>Every YAML file of the default pack validates against the schema its first line names.</summary>
public sealed class PackSchemaTests
{
    private static string Root => Evaluation.SharedData.RepositoryRoot() ?? throw new InvalidOperationException("SpaceRhetoric.sln not found above the test binaries.");

    public static TheoryData<string> PackFiles()
    {
        var data = new TheoryData<string>();
        string rules = Path.Combine(Root, "rules");
        foreach (string file in Directory.EnumerateFiles(rules, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(rules, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PackFiles))]
    public void PackFile_NamesItsSchemaAndValidatesAgainstIt(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(Root, "rules", relativePath));
        JsonElement json = RuleSchemaTests.YamlToJson(text);
        string schemaName = json.TryGetProperty("termSets", out _) ? "terms.schema.json" : "rule.schema.json";
        string prefix = relativePath.Contains('/', StringComparison.Ordinal) ? "../../schemas/" : "../schemas/";

        Assert.StartsWith("# yaml-language-server: $schema=" + prefix + schemaName, text, StringComparison.Ordinal);
        JsonSchema schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "schemas", schemaName)));
        EvaluationResults results = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
