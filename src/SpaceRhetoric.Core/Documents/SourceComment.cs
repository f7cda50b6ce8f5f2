using SpaceRhetoric.Text;

namespace SpaceRhetoric.Documents;

/// <summary>
/// A comment in the source (an HTML comment in Markdown), kept for in-document directives such as
/// <c>&lt;!-- spacerhetoric-disable SR1001 --&gt;</c>.
/// </summary>
/// <param name="Span">The whole comment, delimiters included.</param>
/// <param name="Content">The text between <c>&lt;!--</c> and <c>--&gt;</c>, trimmed.</param>
public sealed record SourceComment(TextSpan Span, string Content);
