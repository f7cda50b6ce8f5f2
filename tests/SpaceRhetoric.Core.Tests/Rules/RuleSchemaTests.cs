using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpaceRhetoric.Core.Tests.Rules;

public class RuleSchemaTests
{
    private static readonly Lazy<JsonSchema> _rule = new(() => LoadSchema("rule.schema.json"));
    private static readonly Lazy<JsonSchema> _terms = new(() => LoadSchema("terms.schema.json"));

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static JsonSchema LoadSchema(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot(), "schemas", name)));

    public static TheoryData<string> FixtureFiles()
    {
        var data = new TheoryData<string>();
        string root = Path.Combine(RepositoryRoot(), "tests", "SpaceRhetoric.Core.Tests", "Fixtures", "Rules");
        foreach (string file in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void FixtureFile_ValidatesAgainstItsSchema(string relativePath)
    {
        string path = Path.Combine(RepositoryRoot(), "tests", "SpaceRhetoric.Core.Tests", "Fixtures", "Rules", relativePath);
        JsonElement json = YamlToJson(File.ReadAllText(path));
        JsonSchema schema = json.TryGetProperty("termSets", out _) ? _terms.Value : _rule.Value;
        EvaluationResults results = Validate(schema, json);
        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("severty: note", "unknown key")]
    [InlineData("severity: fatal", "bad severity")]
    [InlineData("quoted: sometimes", "bad quoted")]
    [InlineData("precision: perfect", "bad precision")]
    [InlineData("scopes: [footer]", "bad scope")]
    [InlineData("unless:\n  - qualifier: stakeholder\n    window: chapter", "bad window")]
    [InlineData("unless:\n  - window: clause", "qualifier or patterns required")]
    [InlineData("id: SR12", "bad id")]
    [InlineData("name: lowerCase", "bad name")]
    [InlineData("category: universal-benefits", "bad category")]
    [InlineData("kind: document", "document rule with patterns")]
    public void InvalidRule_FailsSchema_AndLoader(string change, string why)
    {
        string yaml = Mutate(change);
        Assert.False(Validate(_rule.Value, YamlToJson(yaml)).IsValid, why);
        Assert.Throws<ToolDiagnosticException>(() => RulePackLoader.LoadSources([("test/terms.yaml", RuleTestHelper.Terms), ("x/SR1001.yaml", yaml)]));
    }

    [Fact]
    public void RuleWithoutPatterns_FailsSchema()
    {
        string yaml = string.Join('\n', Mutate("").Split('\n').Where(l => !l.StartsWith("patterns", StringComparison.Ordinal) && !l.StartsWith("  - for", StringComparison.Ordinal)));
        Assert.False(Validate(_rule.Value, YamlToJson(yaml)).IsValid);
    }

    [Fact]
    public void InvalidTermSetName_FailsSchema()
    {
        Assert.False(Validate(_terms.Value, YamlToJson("termSets:\n  Humanity: [people]\n")).IsValid);
        Assert.True(Validate(_terms.Value, YamlToJson("termSets:\n  humanity: [people]\n")).IsValid);
    }

    [Fact]
    public void EveryRuleKeyTheLoaderKnows_IsInTheSchema()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "schemas", "rule.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(SpaceRhetoric.Rules.Loading.RuleFileReader.RuleKeys.Order(StringComparer.Ordinal), properties);
    }

    private static string Mutate(string change)
    {
        const string valid = """
            id: SR1001
            name: BenefitClaim
            title: A benefit claim
            category: universal-benefit
            severity: warning
            message: "'{match}' claims a benefit for everyone."
            patterns:
              - for all mankind
            """;
        string key = change.Split(':')[0];
        var lines = valid.Split('\n').ToList();
        int at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = change;
        }
        else
        {
            lines.Add(change);
        }

        return string.Join('\n', lines) + "\n";
    }

    private static EvaluationResults Validate(JsonSchema schema, JsonElement json) =>
        schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    /// <summary>YAML to JSON with YAML 1.2 core types: plain scalars may be numbers, booleans or null.</summary>
    internal static JsonElement YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        JsonNode? node = Convert(stream.Documents[0].RootNode);
        return JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode scalar when scalar.Style is ScalarStyle.Plain => PlainScalar(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => null,
    };

    private static JsonNode? PlainScalar(string value)
    {
        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer))
        {
            return JsonValue.Create(integer);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
