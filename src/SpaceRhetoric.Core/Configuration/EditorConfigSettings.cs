using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Configuration;

/// <summary>The SpaceRhetoric keys that apply to one file after merging its <c>.editorconfig</c> files.</summary>
internal sealed class EditorConfigSettings(
    IReadOnlyDictionary<string, (EditorConfigFile.Setting Setting, EditorConfigFile File)> values,
    IReadOnlyList<(EditorConfigFile File, int Section)> matchedSections)
{
    /// <summary>Identifies the matched sections: files with the same signature get the same settings.</summary>
    public string Signature { get; } = string.Join('|', matchedSections.Select(m => $"{m.File.Path}#{m.Section}"));

    public bool IsEmpty => values.Count == 0;

    public SeverityDecision? Find(RuleDescriptor rule)
    {
        foreach (string key in (string[])[EditorConfigFile.RuleKey(rule.Id), EditorConfigFile.CategoryKey(rule.Category), EditorConfigFile.AllRulesKey])
        {
            if (values.TryGetValue(key, out var hit))
            {
                return new SeverityDecision(hit.Setting.Severity ?? rule.DefaultSeverity, hit.File.Path, hit.Setting.Line, hit.Setting.Key);
            }
        }

        return null;
    }
}
