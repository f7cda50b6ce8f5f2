namespace SpaceRhetoric.Cli;

/// <summary>
/// Writes a text file through a temporary file in the same folder, renamed over the target on success,
/// so a failed run never leaves a half-written or stale-looking report.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? Directory.GetCurrentDirectory();
        string temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, StandardStreams.Utf8NoBom, bufferSize: 64 * 1024) { NewLine = "\n" })
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
