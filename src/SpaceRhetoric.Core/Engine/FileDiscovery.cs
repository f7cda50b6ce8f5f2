using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;

namespace SpaceRhetoric.Engine;

/// <summary>
/// Turns the inputs of a run (files, folders, globs) into the list of files to lint.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A file named explicitly is linted whatever its extension, as long as a reader handles it.</item>
/// <item>A folder is searched recursively for files with one of <see cref="LintOptions.Extensions"/>,
/// skipping <c>bin</c>, <c>obj</c>, <c>.git</c> and <c>node_modules</c>, and symbolic links to folders (no cycles).</item>
/// <item>An input with <c>*</c> or <c>?</c> that is not an existing path is a glob
/// (<c>docs/**/*.md</c>); it yields the matched files that a reader handles.</item>
/// <item>An input that yields no file is a usage error (SR9202): nothing is dropped silently.</item>
/// <item><see cref="LintOptions.Include"/> filters what folders and globs yield, not files named explicitly.</item>
/// </list>
/// </remarks>
public static class FileDiscovery
{
    /// <summary>Folder names never entered while recursing (they may still be named as inputs).</summary>
    public static readonly IReadOnlyList<string> SkippedFolderNames = ["bin", "obj", ".git", "node_modules"];

    // Hidden entries (.github, .vscode) are documents too; errors must surface as notifications, not be skipped.
    private static readonly EnumerationOptions ListingOptions = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <exception cref="ToolDiagnosticException">An input matched nothing or names a file no reader handles (SR9202).</exception>
    public static DiscoveryResult Discover(LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string root = Path.GetFullPath(options.RootDirectory);
        var files = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);
        var notifications = new List<ToolDiagnostic>();
        var errors = new List<ToolDiagnostic>();
        var extensions = new HashSet<string>(options.Extensions, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> inputs = options.Inputs.Count == 0 ? ["."] : options.Inputs;

        foreach (string input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                errors.Add(UsageError(input, "An empty path was given."));
                continue;
            }

            string full = Path.GetFullPath(input, root);
            string? problem;
            if (File.Exists(full) || (!Directory.Exists(full) && IsDanglingLink(full)))
            {
                problem = AddExplicitFile(full, root, options, files);
            }
            else if (Directory.Exists(full))
            {
                int found = 0;
                int unreadable = notifications.Count;
                Walk(full, root, options, extensions, files, notifications, ref found);

                // A folder that could not be listed is already reported (SR9201); "nothing found" would mislead.
                problem = found == 0 && notifications.Count == unreadable ? $"No {DescribeExtensions(options.Extensions)} file found in folder '{input}'." : null;
            }
            else if (IsGlob(input))
            {
                problem = AddGlob(input, root, options, files);
            }
            else
            {
                problem = $"No such file or folder: '{input}'.";
            }

            if (problem is not null)
            {
                errors.Add(UsageError(input, problem));
            }
        }

        if (errors.Count > 0)
        {
            throw new ToolDiagnosticException(errors);
        }

        var sorted = files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        notifications.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new DiscoveryResult(sorted, notifications);
    }

    /// <summary>
    /// The path a file is reported under: relative to <paramref name="root"/> with forward slashes, or,
    /// for a file outside the root, its absolute <c>file://</c> URI (never a path with <c>..</c>).
    /// </summary>
    public static string ToReportedPath(string fullPath, string root)
    {
        string relative = Path.GetRelativePath(root, fullPath);
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new Uri(fullPath).AbsoluteUri;
        }

        return relative.Replace('\\', '/');
    }

    internal static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    private static string? AddExplicitFile(string full, string root, LintOptions options, Dictionary<string, DiscoveredFile> files)
    {
        if (!options.ReaderLookup(full, out IDocumentReader? reader))
        {
            string extension = Path.GetExtension(full);
            return $"No reader handles '{(extension.Length == 0 ? Path.GetFileName(full) : extension)}' files; supported: {string.Join(", ", options.Extensions)}.";
        }

        Add(full, root, reader, files);
        return null;
    }

    private static void Walk(
        string folder,
        string root,
        LintOptions options,
        HashSet<string> extensions,
        Dictionary<string, DiscoveredFile> files,
        List<ToolDiagnostic> notifications,
        ref int found)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos("*", ListingOptions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notifications.Add(Unreadable(ToReportedPath(folder, root), e));
            return;
        }

        foreach (FileSystemInfo entry in entries)
        {
            if (entry is DirectoryInfo directory)
            {
                // A linked folder could lead back up the tree; named folders are left to the user to give.
                if ((directory.Attributes & FileAttributes.ReparsePoint) != 0 || SkippedFolderNames.Contains(directory.Name, StringComparer.Ordinal))
                {
                    continue;
                }

                Walk(directory.FullName, root, options, extensions, files, notifications, ref found);
                continue;
            }

            if (!extensions.Contains(Path.GetExtension(entry.Name)))
            {
                continue;
            }

            string reported = ToReportedPath(entry.FullName, root);
            if (options.Include is { } include && !include(reported))
            {
                continue;
            }

            if (options.ReaderLookup(entry.FullName, out IDocumentReader? reader))
            {
                Add(entry.FullName, root, reader, files);
                found++;
            }
        }
    }

    private static string? AddGlob(string input, string root, LintOptions options, Dictionary<string, DiscoveredFile> files)
    {
        string normalized = input.Replace('\\', '/');
        string[] segments = normalized.Split('/');
        int firstWild = Array.FindIndex(segments, s => IsGlob(s));
        string baseRelative = string.Join('/', segments.Take(firstWild));
        string pattern = string.Join('/', segments.Skip(firstWild));
        string baseText = baseRelative.Length > 0 ? baseRelative : normalized.StartsWith('/') ? "/" : ".";
        string baseFull = Path.GetFullPath(baseText, root);
        if (!Directory.Exists(baseFull))
        {
            return $"No file matches '{input}': folder '{baseText}' does not exist.";
        }

        if (pattern.Contains('?', StringComparison.Ordinal))
        {
            return $"'?' is not supported in globs ('{input}'); use '*' or '**'.";
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        foreach (string skipped in SkippedFolderNames)
        {
            matcher.AddExclude($"**/{skipped}/**");
        }

        int found = 0;
        PatternMatchingResult result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFull)));
        foreach (FilePatternMatch match in result.Files)
        {
            string full = Path.GetFullPath(match.Path, baseFull);
            string reported = ToReportedPath(full, root);
            if (options.Include is { } include && !include(reported))
            {
                continue;
            }

            if (options.ReaderLookup(full, out IDocumentReader? reader))
            {
                Add(full, root, reader, files);
                found++;
            }
        }

        return found == 0 ? $"No {DescribeExtensions(options.Extensions)} file matches '{input}'." : null;
    }

    private static void Add(string full, string root, IDocumentReader reader, Dictionary<string, DiscoveredFile> files)
    {
        string reported = ToReportedPath(full, root);
        files.TryAdd(reported, new DiscoveredFile(reported, full, reader));
    }

    private static bool IsDanglingLink(string full)
    {
        var info = new FileInfo(full);
        return info.LinkTarget is not null && !info.Exists;
    }

    private static string DescribeExtensions(IEnumerable<string> extensions) => string.Join("/", extensions);

    private static ToolDiagnostic UsageError(string input, string message) =>
        ToolDiagnostic.Error(ToolDiagnosticIds.NoInputMatched, input, 0, 0, message);

    internal static ToolDiagnostic Unreadable(string path, Exception e) =>
        new(ToolDiagnosticIds.FileUnreadable, Severity.Error, path, 0, 0, $"Cannot read: {e.Message}");
}
