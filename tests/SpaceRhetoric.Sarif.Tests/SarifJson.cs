using System.Text.Json;

namespace SpaceRhetoric.Sarif.Tests;

/// <summary>Reads written logs back for assertions.</summary>
internal static class SarifJson
{
    public static JsonElement Parse(byte[] log) => JsonDocument.Parse(log).RootElement.Clone();

    public static JsonElement Run(byte[] log) => Parse(log).GetProperty("runs")[0];

    public static IEnumerable<JsonElement> Results(byte[] log) => Run(log).GetProperty("results").EnumerateArray();

    public static JsonElement PhysicalLocation(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation");

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;

    /// <summary>Every object under a property named <paramref name="name"/>, at any depth.</summary>
    public static IEnumerable<JsonElement> Named(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.Name == name)
                {
                    yield return property.Value;
                }

                foreach (JsonElement inner in Named(property.Value, name))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement inner in Named(item, name))
                {
                    yield return inner;
                }
            }
        }
    }
}
