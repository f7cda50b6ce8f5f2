using Markdig;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// Reads CommonMark with pipe tables, YAML front matter and bare-URL autolinks. Produces one block
/// per heading, paragraph and table cell, with scopes combined from the enclosing list items and
/// block quotes. Code, HTML, front matter and URLs never become prose; HTML comments are collected
/// into <see cref="Document.Comments"/> for in-document directives.
/// </summary>
/// <example>
/// <c>"&gt; - Space *unites* us"</c> gives one block <c>"Space unites us"</c> with scope
/// <c>Paragraph | ListItem | BlockQuote</c>, each character mapped to its source offset.
/// </example>
public sealed class MarkdownDocumentReader : IDocumentReader
{
    // Built once: a pipeline is immutable after Build and safe to share between threads.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <summary>
    /// Never throws on content: input the Markdown parser rejects (nesting deeper than 128) is read as
    /// plain paragraphs, with every <c>&lt;!-- --&gt;</c> in the file as a comment.
    /// </summary>
    public Document Read(string path, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var document = Markdown.Parse(source.Text, s_pipeline);
            var walker = new MarkdownProseWalker(source.Text);
            walker.Walk(document);
            return new Document(path, source, walker.Blocks, walker.Comments);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Linting the words beats reporting nothing for a file the Markdown parser gives up on;
            // its comments still count, so that its suppressions still hold.
            var comments = new MarkdownProseWalker(source.Text);
            comments.CollectAllComments();
            return new Document(path, source, PlainTextDocumentReader.ReadBlocks(source.Text, ProseScope.Paragraph), comments.Comments);
        }
    }
}
