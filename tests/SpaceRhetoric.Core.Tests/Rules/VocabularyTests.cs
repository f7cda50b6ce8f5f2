using SpaceRhetoric.Rules.Matching;

namespace SpaceRhetoric.Core.Tests.Rules;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("Humanity", "humanity")]
    [InlineData("HUMANITY", "humanity")]
    [InlineData("don\u2019t", "don't")]
    [InlineData("C\u00D4TE", "c\u00F4te")]
    [InlineData("S\u00E3o", "s\u00E3o")]
    public void Lookup_IgnoresCaseAndCurlyApostrophes_LikeTheInternedForm(string text, string interned)
    {
        var vocabulary = new Vocabulary();
        int id = vocabulary.Intern(interned);
        vocabulary.Intern("mankind");

        Assert.Equal(id, vocabulary.Lookup(text));
    }

    [Theory]
    [InlineData("humanit")]
    [InlineData("humanityy")]
    [InlineData("a-much-longer-word-than-any-in-the-vocabulary")]
    [InlineData("c\u00F4tes")]
    [InlineData("")]
    public void Lookup_WordNotInterned_Unknown(string text)
    {
        var vocabulary = new Vocabulary();
        vocabulary.Intern("humanity");
        vocabulary.Intern("c\u00F4te");

        Assert.Equal(Vocabulary.Unknown, vocabulary.Lookup(text));
    }

    [Fact]
    public void Lookup_ManyWords_EachFindsItsOwnId()
    {
        var vocabulary = new Vocabulary();
        var ids = Enumerable.Range(0, 500).ToDictionary(i => $"word{i}", i => vocabulary.Intern($"word{i}"));

        foreach ((string word, int id) in ids)
        {
            Assert.Equal(id, vocabulary.Lookup(word.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Lookup_NonAsciiWordThatUpperCasesToAscii_StillMatchesAsTheDictionaryDoes()
    {
        // U+0131 (dotless i) upper-cases to 'I', so ignoring case "\u0131t" equals "IT" and "it".
        var vocabulary = new Vocabulary();
        int id = vocabulary.Intern("\u0131t");
        var reference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["\u0131t"] = id };

        Assert.Equal(reference.TryGetValue("IT", out int expected) ? expected : Vocabulary.Unknown, vocabulary.Lookup("IT"));
    }
}
