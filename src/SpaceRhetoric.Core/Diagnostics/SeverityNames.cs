namespace SpaceRhetoric.Diagnostics;

/// <summary>Parses and prints severities as users write them.</summary>
public static class SeverityNames
{
    public static readonly IReadOnlyList<string> All = ["error", "warning", "note", "none"];

    public static bool TryParse(string? value, out Severity severity)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "note": severity = Severity.Note; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }

    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
