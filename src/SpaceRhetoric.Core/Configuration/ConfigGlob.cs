using Microsoft.Extensions.FileSystemGlobbing;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Globs of <c>.spacerhetoric.yaml</c> (<c>include</c>, <c>exclude</c>, <c>overrides[].files</c>):
/// Microsoft.Extensions.FileSystemGlobbing semantics, relative to the config file's folder.
/// </summary>
internal static class ConfigGlob
{
    /// <summary>Returns why <paramref name="glob"/> is unusable, or null when it is fine.</summary>
    public static string? Validate(string glob)
    {
        if (string.IsNullOrWhiteSpace(glob))
        {
            return "A glob must not be empty.";
        }

        if (glob.StartsWith('/') || glob.StartsWith('\\') || (glob.Length >= 2 && char.IsAsciiLetter(glob[0]) && glob[1] == ':'))
        {
            return $"Glob '{glob}' is absolute; write it relative to the configuration file's folder.";
        }

        int depth = 0;
        foreach (string segment in glob.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (--depth < 0)
                {
                    return $"Glob '{glob}' climbs above the configuration file's folder.";
                }
            }
            else if (segment is not ("" or "."))
            {
                depth++;
            }
        }

        if (!Balanced(glob, '[', ']') || !Balanced(glob, '{', '}'))
        {
            return $"Glob '{glob}' has unbalanced brackets.";
        }

        return null;
    }

    /// <summary>A matcher for already validated globs; null when the list is empty.</summary>
    public static Matcher? Build(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0)
        {
            return null;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (string glob in globs)
        {
            matcher.AddInclude(Normalize(glob));
        }

        return matcher;
    }

    /// <summary>Whether <paramref name="relativePath"/> (forward slashes, relative to the config folder) matches.</summary>
    public static bool IsMatch(Matcher matcher, string relativePath) => matcher.Match(relativePath).HasMatches;

    private static string Normalize(string glob)
    {
        var parts = new List<string>();
        foreach (string segment in glob.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static bool Balanced(string text, char open, char close)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
