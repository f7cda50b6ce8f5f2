using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Core.Tests.Rules;

public class TokenizerTests
{
    /// <summary>Tokens as text, each prefixed by its separator: ' ' nothing, ',' comma, '|' break.</summary>
    private static string Tokens(string text, params string[] vocabulary)
    {
        var vocab = new Vocabulary();
        foreach (string word in vocabulary)
        {
            vocab.Intern(word);
        }

        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, vocab, buffer);
        var parts = new List<string>();
        for (int i = 0; i < buffer.Count; i++)
        {
            Token t = buffer.Items[i];
            char separator = t.Separator switch { Token.Comma => ',', Token.Break => '|', _ => ' ' };
            parts.Add(separator + text[t.Start..t.End] + (t.WordId >= 0 ? "#" : ""));
        }

        return string.Concat(parts).TrimStart();
    }

    [Theory]
    [InlineData("Space unites us.", " Space unites us")]
    [InlineData("humanity's and humanity’s", " humanity 's# and humanity ’s#")]
    [InlineData("don't won’t", " don't won’t")]
    [InlineData("well-being", " well being")]
    [InlineData("nations' interests", " nations interests")]
    [InlineData("the U.S. and e.g. 3.5 or 1,000 items", " the U.S and e.g 3.5 or 1,000 items")]
    [InlineData("one, two; three. Four", " one,two|three|Four")]
    [InlineData("“quoted” words (aside) end", " quoted words|aside|end")]
    [InlineData("a \uFFFC b", " a|b")]
    [InlineData("a — b – c", " a|b|c")]
    [InlineData("Dr. Ride", " Dr Ride")]
    public void Tokenize_SplitsWordsAndFoldsPunctuation(string text, string expected)
    {
        Assert.Equal(expected.TrimStart(), Tokens(text));
    }

    [Fact]
    public void KnownWords_GetIds_CaseInsensitively_UnknownWordsDoNot()
    {
        Assert.Equal("Space# UNITES# us", Tokens("Space UNITES us", "space", "unites"));
        Assert.Equal("humanity# ’s#", Tokens("humanity’s", "humanity"));
    }

    [Fact]
    public void LineEndHyphenation_JoinsOnlyKnownWords()
    {
        Assert.Equal("bene-\nfit#", Tokens("bene-\nfit", "benefit"));
        Assert.Equal("well being", Tokens("well-\nbeing"));
    }
}
