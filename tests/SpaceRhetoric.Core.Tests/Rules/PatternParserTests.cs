using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Core.Tests.Rules;

public class PatternParserTests
{
    private readonly Vocabulary _vocabulary = new();

    /// <summary>A compact rendering of the parse tree: words, (a|b), x?, {set}, *N, [a b] for sequences.</summary>
    private string Show(PatternNode node) => node switch
    {
        WordNode w => _vocabulary[w.WordId],
        SequenceNode s => "[" + string.Join(' ', s.Items.Select(Show)) + "]",
        AlternativesNode a => "(" + string.Join('|', a.Options.Select(Show)) + ")",
        OptionalNode o => Show(o.Item) + "?",
        TermSetNode t => "{" + t.Name + "}",
        GapNode g => "*" + g.MaxWords,
        _ => "?",
    };

    [Theory]
    [InlineData("benefit", "benefit")]
    [InlineData("Benefit|benefits all? {humanity}", "[(benefit|benefits) all? {humanity}]")]
    [InlineData("(the whole of|all of)? humanity", "[([the whole of]|[all of])? humanity]")]
    [InlineData("( a | b c )", "(a|[b c])")]
    [InlineData("space *3 unites", "[space *3 unites]")]
    [InlineData("humanity's destiny", "[[humanity 's] destiny]")]
    [InlineData("humanity ’s destiny", "[humanity 's destiny]")]
    [InlineData("well-being", "[well being]")]
    [InlineData("the U.S. leads", "[the u.s leads]")]
    [InlineData("don’t", "don't")]
    [InlineData("all (people|{humanity})?", "[all (people|{humanity})?]")]
    [InlineData("a (b (c|d)|e)", "[a ([b (c|d)]|e)]")]
    public void Parse_BuildsTheExpectedTree(string pattern, string expected)
    {
        Assert.Equal(expected, Show(PatternParser.Parse(pattern, _vocabulary)));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("a |", 2, "'|'")]
    [InlineData("| a", 0, "'|'")]
    [InlineData("(a b", 0, "'('")]
    [InlineData("a b)", 3, "')'")]
    [InlineData("a ()", 3, "Empty alternative")]
    [InlineData("(a|)", 3, "Empty alternative")]
    [InlineData("a?? b", 2, "'?' twice")]
    [InlineData("? a", 0, "'?'")]
    [InlineData("*3 a", 0, "start with a gap")]
    [InlineData("a *3", 2, "end with a gap")]
    [InlineData("a *11 b", 2, "from 1 to 10")]
    [InlineData("a * b", 2, "from 1 to 10")]
    [InlineData("a *2? b", 4, "already optional")]
    [InlineData("a {Bad} b", 3, "term set name")]
    [InlineData("a {bad b", 2, "'{'")]
    [InlineData("a, b", 1, "Unexpected ','")]
    [InlineData("a ! b", 2, "Unexpected '!'")]
    [InlineData("a|*2 b", 0, "gap cannot be one of")]
    public void Parse_ReportsErrorsAtTheirOffset(string pattern, int offset, string message)
    {
        var ex = Assert.Throws<PatternSyntaxException>(() => PatternParser.Parse(pattern, _vocabulary));
        Assert.Equal(offset, ex.Offset);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
