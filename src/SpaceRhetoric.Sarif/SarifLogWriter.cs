using System.Text;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// Writes a <see cref="LintRunResult"/> as a SARIF 2.1.0 log that GitHub code scanning, Azure DevOps and
/// the VS Code SARIF viewer accept: UTF-8 without BOM, indented, <c>\n</c> line endings, byte-identical
/// for the same input.
/// </summary>
/// <example>
/// <code>new SarifLogWriter().WriteFile(run, "results.sarif");</code>
/// </example>
public sealed class SarifLogWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Func<Stream, Stream>? _wrapFileStream;

    public SarifLogWriter()
    {
    }

    /// <summary>For tests: wraps the temporary file's stream (to make it fail part-way).</summary>
    internal SarifLogWriter(Func<Stream, Stream> wrapFileStream)
    {
        _wrapFileStream = wrapFileStream;
    }

    /// <summary>
    /// Leave suppressed results out of the log. GitHub code scanning does not honour SARIF suppressions
    /// and shows suppressed results as open alerts.
    /// </summary>
    public bool OmitSuppressedResults { get; init; }

    /// <summary>Serialises the run to <paramref name="output"/>, leaving the stream open.</summary>
    public void Write(LintRunResult run, Stream output) => Write(run, null, output);

    /// <summary>
    /// Serialises the run with results built while it ran (<paramref name="results"/> first, then those of
    /// <see cref="LintRunResult.Files"/>, normally empty in that case), leaving the stream open.
    /// </summary>
    public void Write(LintRunResult run, SarifResultStream? results, Stream output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);

        SarifLog log = new SarifLogBuilder(run, OmitSuppressedResults, results).Build();
        var serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            ContractResolver = SarifContractResolver.Instance,
            Formatting = Formatting.Indented,
            NullValueHandling = NullValueHandling.Ignore,
        });

        using var textWriter = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        using (var jsonWriter = new JsonTextWriter(textWriter) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            serializer.Serialize(jsonWriter, log);
        }

        textWriter.Write('\n');
        textWriter.Flush();
    }

    /// <summary>
    /// Writes the log to <paramref name="path"/> atomically: to a temporary file in the same directory,
    /// flushed to disk, then moved over the target. On failure the previous file is left as it was and
    /// the temporary file is deleted.
    /// </summary>
    public void WriteFile(LintRunResult run, string path) => WriteFile(run, null, path);

    /// <summary>As <see cref="WriteFile(LintRunResult, string)"/>, with results built while the run went on.</summary>
    public void WriteFile(LintRunResult run, SarifResultStream? results, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(path);

        string target = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(target) ?? Directory.GetCurrentDirectory();
        string temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Stream stream = _wrapFileStream?.Invoke(file) ?? file;
                Write(run, results, stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original exception matters more than a temporary file we could not remove.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
