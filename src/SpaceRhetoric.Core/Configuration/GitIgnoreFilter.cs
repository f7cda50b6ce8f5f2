using System.Collections.Concurrent;
using MAB.DotIgnore;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// Answers whether git would ignore a file: every <c>.gitignore</c> from the repository's top folder down to the
/// file's folder is consulted, each for paths relative to its own folder, and a file inside an ignored folder is
/// ignored. As in git, the last matching pattern decides (a deeper file's patterns come later), so
/// <c>!keep.md</c> in a subfolder re-includes a file a parent's <c>*.md</c> ignored. Thread-safe.
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
        var lists = new List<(int Depth, IgnoreList List)>();
        string directory = _top;
        for (int i = 0; i < parts.Length; i++)
        {
            if (List(directory) is { } list)
            {
                lists.Add((i, list));
            }

            // Git's rule: the last matching pattern decides, a deeper .gitignore coming after a shallower one;
            // and an ignored folder hides everything in it, whatever deeper files say.
            bool isDirectory = i < parts.Length - 1;
            bool ignored = false;
            foreach (var (depth, ignoreList) in lists)
            {
                string path = string.Join('/', parts[depth..(i + 1)]);
                foreach (IgnoreRule rule in ignoreList.Rules)
                {
                    if (rule.IsMatch(path, isDirectory))
                    {
                        ignored = !rule.PatternFlags.HasFlag(PatternFlags.NEGATION);
                    }
                }
            }

            if (ignored)
            {
                return true;
            }

            directory = Path.Combine(directory, parts[i]);
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
