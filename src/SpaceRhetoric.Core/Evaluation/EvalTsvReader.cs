using SpaceRhetoric.Diagnostics;

namespace SpaceRhetoric.Evaluation;

/// <summary>
/// Reads an evaluation set: tab-separated, a header row, no quoting (sentences contain straight and
/// curly quotes, so quote characters are ordinary text). Columns are found by header name, so extra
/// columns and any column order are accepted.
/// </summary>
public static class EvalTsvReader
{
    private static readonly string[] RequiredColumns = ["id", "label", "category", "text", "source", "reason"];

    /// <exception cref="ToolDiagnosticException">The file is missing, unreadable or malformed (SR9201, with the line).</exception>
    public static IReadOnlyList<EvalRow> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ToolDiagnosticException(ToolDiagnostic.Error(ToolDiagnosticIds.FileUnreadable, path, 0, 0, $"Cannot read the evaluation set: {e.Message}"));
        }

        return Parse(path, lines);
    }

    /// <summary>Parses the lines of an evaluation set; <paramref name="path"/> is only used in diagnostics.</summary>
    public static IReadOnlyList<EvalRow> Parse(string path, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw Malformed(path, 1, "The evaluation set has no header row (expected: id, label, category, text, source, reason).");
        }

        string[] header = lines[0].TrimStart('\uFEFF').Split('\t');
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }

        foreach (string column in RequiredColumns)
        {
            if (!index.ContainsKey(column))
            {
                throw Malformed(path, 1, $"The header has no '{column}' column (expected: id, label, category, text, source, reason).");
            }
        }

        int width = RequiredColumns.Max(c => index[c]) + 1;
        var rows = new List<EvalRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 1; n < lines.Count; n++)
        {
            string line = lines[n];
            if (line.Length == 0)
            {
                continue;
            }

            int lineNumber = n + 1;
            string[] cells = line.Split('\t');
            if (cells.Length < width)
            {
                throw Malformed(path, lineNumber, $"The row has {cells.Length} tab-separated cells; the header needs at least {width}.");
            }

            string id = cells[index["id"]].Trim();
            string label = cells[index["label"]].Trim();
            if (label is not ("0" or "1"))
            {
                throw Malformed(path, lineNumber, $"Row '{id}' has label '{label}'; expected 0 or 1.", LineColumnOf(line, index["label"]));
            }

            if (!seen.Add(id))
            {
                throw Malformed(path, lineNumber, $"Row ID '{id}' appears more than once.");
            }

            rows.Add(new EvalRow(
                id,
                label == "1",
                cells[index["category"]].Trim(),
                cells[index["text"]],
                cells[index["source"]],
                cells[index["reason"]],
                lineNumber));
        }

        return rows;
    }

    private static int LineColumnOf(string line, int cell)
    {
        int column = 1;
        for (int i = 0, tabs = 0; i < line.Length && tabs < cell; i++)
        {
            column++;
            if (line[i] == '\t')
            {
                tabs++;
            }
        }

        return column;
    }

    private static ToolDiagnosticException Malformed(string path, int line, string message, int column = 1) =>
        new(ToolDiagnostic.Error(ToolDiagnosticIds.FileUnreadable, path, line, column, message));
}
