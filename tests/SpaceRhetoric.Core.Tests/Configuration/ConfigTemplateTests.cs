using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SpaceRhetoric.Configuration;
using SpaceRhetoric.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class ConfigTemplateTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestRules.RepositoryRoot(), "schemas", "config.schema.json"))));

    [Fact]
    public void Template_LoadsWithDefaults()
    {
        SpaceRhetoricConfig config = ConfigLoader.Parse(ConfigTemplate.Text, "/repo/.spacerhetoric.yaml");

        Assert.True(config.DefaultRules);
        Assert.True(config.GitIgnore);
        Assert.Equal(["node_modules/**"], config.Exclude);
        Assert.Equal(Severity.Warning, config.ReportUnusedSuppressions);
    }

    [Fact]
    public void Template_NamesEveryKey()
    {
        foreach (string key in ConfigLoader.TopLevelKeys)
        {
            Assert.Contains("\n" + key + ":", ConfigTemplate.Text.Replace("# " + key, key, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Template_StartsWithThePublishedSchemaLine()
    {
        Assert.StartsWith("# yaml-language-server: $schema=https://raw.githubusercontent.com/spacerhetoric/spacerhetoric/main/schemas/config.schema.json\n", ConfigTemplate.Text, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/config.schema.json\n", ConfigTemplate.Render("../schemas/config.schema.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_DescribesExactlyTheLoadersKeys_AtThePublishedAddress()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestRules.RepositoryRoot(), "schemas", "config.schema.json")));
        JsonElement root = schema.RootElement;

        Assert.Equal(ConfigTemplate.SchemaUri, root.GetProperty("$id").GetString());
        Assert.Equal(ConfigLoader.TopLevelKeys.Order(StringComparer.Ordinal), root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(root.GetProperty("properties").EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString())));
    }

    [Fact]
    public void Template_IsValidAgainstTheSchema() => AssertValid(ConfigTemplate.Text);

    [Fact]
    public void FullFixture_IsValidAgainstTheSchema() => AssertValid(File.ReadAllText(TestRules.Fixture("full-config.yaml")));

    [Theory]
    [InlineData("colour: blue")]
    [InlineData("severity: {SR1001: loud}")]
    [InlineData("severity: {Benefit: error}")]
    [InlineData("failOn: sometimes")]
    [InlineData("include: ['/etc/*.md']")]
    [InlineData("overrides: [{severity: {SR1001: none}}]")]
    [InlineData("options: {'*': {qualifierWindow: page}}")]
    public void Schema_RejectsWhatTheLoaderRejects(string yaml)
    {
        Assert.False(Evaluate(yaml).IsValid);
        Assert.Throws<ToolDiagnosticException>(() => ConfigLoader.Parse(yaml, "/repo/.spacerhetoric.yaml"));
    }

    private static void AssertValid(string yaml)
    {
        EvaluationResults results = Evaluate(yaml);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static EvaluationResults Evaluate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        JsonNode? node = stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
        using JsonDocument document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML → JSON with YAML 1.2 core-schema typing of plain scalars.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };
}
