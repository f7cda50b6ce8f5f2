using System.Collections.Concurrent;
using MAB.DotIgnore;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Answers whether git would ignore a file: every <c>.gitignore</c> from the repository's top folder down to the
/// file's folder is consulted, each for paths relative to its own folder, and a file inside an ignored folder is
/// ignored. Negation (<c>!keep.md</c>) works within one file, not across files. Thread-safe.
/// </summary>
internal sealed class GitIgnoreFilter
{
    private readonly string _top;
    private readonly ConcurrentDictionary<string, Lazy<IgnoreList?>> _lists = new(StringComparer.Ordinal);

    public GitIgnoreFilter(string startDirectory)
    {
        _top = FindTop(Path.GetFullPath(startDirectory));
    }

    public bool IsIgnored(string fullPath)
    {
        string relative = Path.GetRelativePath(_top, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return false;
        }

        string[] parts = relative.Split('/');
        string directory = _top;
        for (int owner = 0; owner < parts.Length; owner++)
        {
            if (List(directory) is { } list)
            {
                // Test each folder below this .gitignore, then the file: an ignored folder hides what it holds.
                for (int i = owner; i < parts.Length; i++)
                {
                    string path = string.Join('/', parts[owner..(i + 1)]);
                    if (list.IsIgnored(path, pathIsDirectory: i < parts.Length - 1))
                    {
                        return true;
                    }
                }
            }

            directory = Path.Combine(directory, parts[owner]);
        }

        return false;
    }

    private IgnoreList? List(string directory) =>
        _lists.GetOrAdd(directory, d => new Lazy<IgnoreList?>(() =>
        {
            string file = Path.Combine(d, ".gitignore");
            try
            {
                return File.Exists(file) ? new IgnoreList(file) : null;
            }
            catch (IOException)
            {
                return null;
            }
        })).Value;

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>.git</c>, else <paramref name="start"/>.</summary>
    private static string FindTop(string start)
    {
        for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir;
            }
        }

        return start;
    }
}
