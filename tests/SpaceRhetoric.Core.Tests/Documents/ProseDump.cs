using System.Text;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Documents;

/// <summary>
/// Renders prose blocks as <c>scope @line:col-line:col "text"</c> (1-based; the end is the position
/// just past the last character, as editors and SARIF count it) so reader tests read like the document.
/// </summary>
internal static class ProseDump
{
    /// <summary>How <see cref="ProseBlock.Boundary"/> shows in a dump.</summary>
    public const char BoundaryMark = '◊';

    public static string[] Dump(Document document)
    {
        var lines = new string[document.Blocks.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            ProseBlock block = document.Blocks[i];
            lines[i] = $"{ScopeName(block.Scope)} @{Range(document.Source, block.MapToSource(new TextSpan(0, block.Text.Length)))} \"{Escape(block.Text)}\"";
        }

        return lines;
    }

    /// <summary>Where the one occurrence of <paramref name="phrase"/> in the document's prose maps in the source.</summary>
    public static TextSpan Locate(Document document, string phrase)
    {
        TextSpan? found = null;
        foreach (ProseBlock block in document.Blocks)
        {
            int index = block.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            Assert.True(found is null, $"\"{phrase}\" occurs in more than one block.");
            Assert.True(block.Text.IndexOf(phrase, index + 1, StringComparison.Ordinal) < 0, $"\"{phrase}\" occurs twice in one block.");
            found = block.MapToSource(new TextSpan(index, phrase.Length));
        }

        Assert.True(found is not null, $"\"{Escape(phrase)}\" is not in the prose of the document.");
        return found.Value;
    }

    /// <summary>The 1-based <c>line:col-line:col</c> range of <paramref name="phrase"/>'s source span.</summary>
    public static string LocateRange(Document document, string phrase) => Range(document.Source, Locate(document, phrase));

    public static string Range(SourceText source, TextSpan span)
    {
        LinePosition start = source.GetLinePosition(span.Start);
        LinePosition end = source.GetLinePosition(span.End);
        return $"{start.Line + 1}:{start.Character + 1}-{end.Line + 1}:{end.Character + 1}";
    }

    public static string ScopeName(ProseScope scope) => scope.ToString().Replace(", ", "+", StringComparison.Ordinal);

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                ProseBlock.Boundary => BoundaryMark.ToString(),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
