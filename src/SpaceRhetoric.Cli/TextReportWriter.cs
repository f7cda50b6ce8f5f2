using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Cli;

/// <summary>
/// Compiler-style text output, one line per finding — <c>path(line,col): warning SR1001: message</c> —
/// which VS Code's <c>$msCompile</c> matcher and CI log parsers read. Notes print as <c>info</c>, the
/// word MSBuild and Roslyn use for that level.
/// </summary>
internal sealed class TextReportWriter
{
    private readonly TextWriter _writer;
    private readonly bool _color;

    private readonly bool _flushPerFile;

    /// <param name="flushPerFile">Show each file's findings as soon as they are known (a person is watching).</param>
    public TextReportWriter(TextWriter writer, bool color, bool flushPerFile = false)
    {
        _writer = writer;
        _color = color;
        _flushPerFile = flushPerFile;
    }

    /// <summary>The path as printed: relative to the current folder, or absolute for a file outside it.</summary>
    public static string DisplayPath(FileResult file) =>
        file.Path.StartsWith("file://", StringComparison.Ordinal) ? file.FullPath : file.Path;

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>1 error, 3 warnings in 2 of 5 files (12 rules).</c> or <c>No findings in 5 files.</c></summary>
    public static string Summary(FindingCounts counts, int rules)
    {
        string text = counts.Total == 0
            ? $"No findings in {Plural(counts.Files, "file")}"
            : $"{string.Join(", ", Parts(counts))} in {counts.FilesWithFindings} of {Plural(counts.Files, "file")} ({Plural(rules, "rule")})";
        if (counts.Suppressed > 0)
        {
            text += $"; {counts.Suppressed} suppressed";
        }

        if (counts.HasBaseline)
        {
            text += $"; {counts.New} new, {counts.Unchanged} unchanged, {counts.Updated} updated, {counts.Absent} absent from baseline";
        }

        if (counts.Unreadable > 0)
        {
            text += $"; {Plural(counts.Unreadable, "file")} could not be read";
        }

        return text + ".";
    }

    public void WriteFile(FileResult file)
    {
        string path = DisplayPath(file);
        bool wrote = false;
        foreach (Diagnostic diagnostic in file.Diagnostics)
        {
            if (!FindingCounts.IsShown(diagnostic))
            {
                continue;
            }

            LinePosition start = file.Source.GetLinePosition(diagnostic.Span.Start);
            string severity = SeverityWord(diagnostic.Severity);
            if (_color)
            {
                severity = Terminal.Colorize(severity, diagnostic.Severity);
            }

            _writer.Write(path);
            _writer.Write('(');
            _writer.Write(start.ToString());
            _writer.Write("): ");
            _writer.Write(severity);
            _writer.Write(' ');
            _writer.Write(diagnostic.RuleId);
            _writer.Write(": ");
            _writer.WriteLine(diagnostic.Message);
            wrote = true;
        }

        if (wrote && _flushPerFile)
        {
            _writer.Flush();
        }
    }

    public void WriteSummary(FindingCounts counts, int rules) => _writer.WriteLine(Summary(counts, rules));

    private static IEnumerable<string> Parts(FindingCounts counts)
    {
        if (counts.Errors > 0)
        {
            yield return Plural(counts.Errors, "error");
        }

        if (counts.Warnings > 0)
        {
            yield return Plural(counts.Warnings, "warning");
        }

        if (counts.Notes > 0)
        {
            yield return Plural(counts.Notes, "note");
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
