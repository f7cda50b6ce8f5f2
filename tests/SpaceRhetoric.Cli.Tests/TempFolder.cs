namespace SpaceRhetoric.Cli.Tests;

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        // Resolved so that the path the CLI sees (its current directory) is the one the tests replace.
        string temp = System.IO.Path.GetFullPath(System.IO.Path.GetTempPath());
        var info = new DirectoryInfo(temp);
        string real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        Path = System.IO.Path.Combine(real, "sr-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static void CopyTree(string source, string target, Func<string, bool> include)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = System.IO.Path.GetRelativePath(source, file);
            if (!include(relative))
            {
                continue;
            }

            string destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
