using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>
/// Picks part of a JSON document for a transcript: <c>runs/0/invocations</c>; <c>*</c> maps the rest of the path over
/// an array (<c>runs/0/results/*/suppressions</c>), leaving out elements that lack it; <c>a,b</c> keeps just those properties
/// of an object (<c>runs/0/results/*/ruleId,level,suppressions</c>).
/// </summary>
internal static class JsonSelection
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Select(string json, string path)
    {
        JsonNode? root = JsonNode.Parse(json);
        JsonNode? selected = Walk(root, path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        return selected is null ? "(missing)" : selected.ToJsonString(Indented).ReplaceLineEndings("\n");
    }

    private static JsonNode? Walk(JsonNode? node, ReadOnlySpan<string> segments)
    {
        if (node is null || segments.Length == 0)
        {
            return node?.DeepClone();
        }

        string head = segments[0];
        if (head.Contains(',', StringComparison.Ordinal) && node is JsonObject source)
        {
            // "ruleId,suppressions": an object of just those properties.
            var picked = new JsonObject();
            foreach (string key in head.Split(','))
            {
                if (source.TryGetPropertyValue(key, out JsonNode? value))
                {
                    picked[key] = value?.DeepClone();
                }
            }

            return picked;
        }

        if (head == "*" && node is JsonArray array)
        {
            var mapped = new JsonArray();
            foreach (JsonNode? item in array)
            {
                if (Walk(item, segments[1..]) is { } value)
                {
                    mapped.Add(value);
                }
            }

            return mapped;
        }

        JsonNode? next = node switch
        {
            JsonArray list when int.TryParse(head, out int index) && index >= 0 && index < list.Count => list[index],
            JsonObject obj when obj.TryGetPropertyValue(head, out JsonNode? value) => value,
            _ => null,
        };
        return Walk(next, segments[1..]);
    }
}
