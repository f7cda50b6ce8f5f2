namespace SpaceRhetoric.Documents;

/// <summary>
/// Where a block of prose sits in its document. Flags combine: a paragraph inside a list item
/// inside a block quote is <c>Paragraph | ListItem | BlockQuote</c>. Rules may select scopes;
/// they never see the file format.
/// </summary>
[Flags]
public enum ProseScope
{
    None = 0,
    Paragraph = 1 << 0,
    Heading = 1 << 1,
    ListItem = 1 << 2,
    BlockQuote = 1 << 3,
    TableCell = 1 << 4,

    /// <summary>A paragraph of a plain-text file.</summary>
    Text = 1 << 5,
}
