namespace SpaceRhetoric.Sarif;

/// <summary>How paths become SARIF URIs: relative to <c>SRCROOT</c> when possible, absolute <c>file:</c> otherwise.</summary>
internal static class SarifUris
{
    public const string SourceRootId = "SRCROOT";

    /// <summary>The absolute <c>file:///…/</c> URI of a directory, always ending in <c>/</c>.</summary>
    public static Uri DirectoryUri(string directory)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

        // A file-system root ("/", "C:\") keeps its separator; adding one more would make "//", which is no URI.
        if (!Path.EndsInDirectorySeparator(full))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(new Uri(full).AbsoluteUri, UriKind.Absolute);
    }

    /// <summary>
    /// A relative URI for a forward-slash path under the root: each segment percent-encoded, no leading
    /// <c>/</c>, no <c>.</c> or <c>..</c>. Null when the path cannot be expressed that way.
    /// </summary>
    public static Uri? RelativeUri(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return null;
        }

        string[] segments = relativePath.Replace('\\', '/').Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            return null;
        }

        // A first segment such as "c:" is a drive, not a folder under the root.
        if (segments[0].Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        return new Uri(string.Join('/', segments.Select(Uri.EscapeDataString)), UriKind.Relative);
    }

    /// <summary>The path of <paramref name="path"/> relative to <paramref name="root"/>, or null when outside it.</summary>
    public static string? RelativeTo(string root, string path)
    {
        string fullRoot = Path.GetFullPath(root);
        string full = Path.GetFullPath(path, fullRoot);
        string relative = Path.GetRelativePath(fullRoot, full);
        if (relative == "." || Path.IsPathRooted(relative) || relative == ".." ||
            relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    public static Uri FileUri(string path) => new(new Uri(Path.GetFullPath(path)).AbsoluteUri, UriKind.Absolute);
}
