using SpaceRhetoric.Rules;
using static SpaceRhetoric.Core.Tests.Rules.RuleTestHelper;

namespace SpaceRhetoric.Core.Tests.Rules;

public class MatcherTests
{
    private static LoadedRulePack P(string patterns) => Pack(Rule("SR1001", patterns));

    [Fact]
    public void Literal_MatchesCaseInsensitively()
    {
        AssertMatches(P("for the benefit of all humanity"), "This is [For The Benefit Of All Humanity].");
    }

    [Fact]
    public void Alternatives_MatchEachInflection()
    {
        var pack = P("space unite|unites|united|uniting us");
        AssertMatches(pack, "We say [space unites us]. And [space united us]. Not space divides us.");
    }

    [Fact]
    public void OptionalWord_MatchesWithAndWithout_LongestWins()
    {
        var pack = P("for all? mankind");
        AssertMatches(pack, "A step [for mankind] and a leap [for all mankind].");
    }

    [Fact]
    public void Group_WithAlternativeSequences_AndOptional()
    {
        var pack = P("(the whole of|all of)? humanity benefits");
        AssertMatches(pack, "Then [all of humanity benefits]. Then [humanity benefits]. Then [the whole of humanity benefits].");
    }

    [Fact]
    public void TermSet_ExpandsNestedGroups()
    {
        var pack = P("benefit|benefits {humanity}");
        AssertMatches(pack, "It will [benefit all peoples] and [benefits the human race]; it benefits all tables.");
    }

    [Fact]
    public void Gap_AllowsUpToNWords_WithinSentence_AcrossCommas()
    {
        var pack = P("space *3 unites");
        AssertMatches(pack, "[Space, we are told, unites]. [Space unites]. Space is what at last truly unites. Space ends. Unites.");
    }

    [Fact]
    public void Gap_DoesNotCrossSentenceEnd()
    {
        var pack = P("space *3 unites");
        AssertMatches(pack, "We love space. It unites.");
    }

    [Fact]
    public void Comma_BreaksAdjacentWords()
    {
        var pack = P("benefit all humanity");
        AssertMatches(pack, "We benefit all, humanity included. We [benefit all humanity].");
    }

    [Fact]
    public void Apostrophes_StraightAndCurly_AreTheSame()
    {
        var pack = P("humanity's destiny\ndon't stop");
        AssertMatches(pack, "It is [humanity’s destiny] and [humanity's destiny]; [don’t stop].");
    }

    [Fact]
    public void Possessive_IsItsOwnToken()
    {
        var pack = P("{humanity} 's future");
        AssertMatches(pack, "This is [mankind's future] and [humanity’s future], not humanity future.");
    }

    [Fact]
    public void Hyphens_MatchWithOrWithoutHyphen()
    {
        var pack = P("well-being of humanity");
        AssertMatches(pack, "For the [well-being of humanity] and the [well being of humanity].");
        var spaced = P("well being of humanity");
        AssertMatches(spaced, "For the [well-being of humanity].");
    }

    [Fact]
    public void LineBreaks_AreWhitespace()
    {
        var pack = P("for all mankind");
        AssertMatches(pack, "A leap [for all\nmankind] today.");
    }

    [Fact]
    public void LineEndHyphenation_IsJoined_WhenTheWordIsKnown()
    {
        var pack = P("benefits all humanity\nwell being of humanity");
        AssertMatches(pack, "It [bene-\nfits all humanity] and the [well-\nbeing of humanity].");
    }

    [Fact]
    public void BoundaryCharacter_StopsAMatch()
    {
        var pack = P("for all mankind");
        AssertMatches(pack, "A leap for all \uFFFC mankind. A leap [for all mankind].");
    }

    [Fact]
    public void NoMatchAcrossSentenceEnd()
    {
        var pack = P("for all mankind");
        AssertMatches(pack, "It is for all. Mankind waits.");
    }

    [Fact]
    public void Abbreviation_DoesNotEndTheSentence()
    {
        var pack = P("the U.S. leads humanity");
        AssertMatches(pack, "We say [the U.S. leads humanity] now.");
    }

    [Fact]
    public void OverlappingMatchesOfOneRule_KeepLeftmostLongest()
    {
        var pack = P("all mankind\nmankind benefits\nall mankind benefits");
        AssertMatches(pack, "Then [all mankind benefits] today; [mankind benefits] too.");
    }

    [Fact]
    public void Regex_MatchesAndSkipsBoundary()
    {
        var pack = Pack(Rule("SR1001", "unrelated words here", "regex:\n  - '\\bfor\\s+all\\s+mankind\\b'"));
        AssertMatches(pack, "A leap [for all mankind]. A leap for all \uFFFC mankind.");
    }
}
