using SpaceRhetoric.Rules.Analysis;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Rules;

public class SentenceSegmenterTests
{
    private static List<string> Split(string text) =>
        SentenceSegmenter.Sentences(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Theory]
    [InlineData("The U.S. and the U.N. agree. Then what?", "The U.S. and the U.N. agree.|Then what?")]
    [InlineData("Rovers, e.g. the small ones, i.e. most. Next one.", "Rovers, e.g. the small ones, i.e. most.|Next one.")]
    [InlineData("Dr. Ride and Mr. Smith met at St. Louis. Good.", "Dr. Ride and Mr. Smith met at St. Louis.|Good.")]
    [InlineData("See No. 5 in the list. The answer was no. Fine.", "See No. 5 in the list.|The answer was no.|Fine.")]
    [InlineData("Acme Inc. makes rockets. They fly.", "Acme Inc. makes rockets.|They fly.")]
    [InlineData("It rose 3.5 percent. Then fell.", "It rose 3.5 percent.|Then fell.")]
    [InlineData("J. R. Smith wrote it. Then left.", "J. R. Smith wrote it.|Then left.")]
    [InlineData("We waited... and waited. Then... Nothing.", "We waited... and waited.|Then...|Nothing.")]
    [InlineData("She said \"space unites us.\" He agreed.", "She said \"space unites us.\"|He agreed.")]
    [InlineData("Is it? Yes! Surely (mostly.) Done", "Is it?|Yes!|Surely (mostly.)|Done")]
    [InlineData("rockets, landers, rovers etc. are costly.", "rockets, landers, rovers etc. are costly.")]
    [InlineData("A list item without a stop", "A list item without a stop")]
    [InlineData("Space unites us…  We hope.", "Space unites us…|We hope.")]
    public void Sentences_SurviveAbbreviationsDecimalsQuotesEllipses(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void EmptyOrBlankBlock_IsOneSentence()
    {
        Assert.Single(SentenceSegmenter.Sentences("   "));
    }

    [Theory]
    [InlineData("Space unites us, but interests differ.", "Space unites us,|but interests differ.")]
    [InlineData("Space unites us; interests differ: always — truly.", "Space unites us;|interests differ:|always —|truly.")]
    [InlineData("Europe, Japan and Canada benefit.", "Europe, Japan and Canada benefit.")]
    [InlineData("It helps all, while some pay.", "It helps all,|while some pay.")]
    public void Clauses_SplitAtClausePunctuationAndConjunctionCommas(string text, string expected)
    {
        var clauses = new List<TextSpan>();
        SentenceSegmenter.Clauses(text, new TextSpan(0, text.Length), clauses);
        Assert.Equal(expected.Split('|'), clauses.Select(c => text.Substring(c.Start, c.Length)));
    }
}
