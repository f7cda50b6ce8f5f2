using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Text;

public class WhitespaceFoldingTests
{
    [Theory]
    [InlineData("for the\n  benefit ", "for the benefit")]
    [InlineData("  \r\n\t", "")]
    [InlineData("a\r\nb\tc", "a b c")]
    public void Fold_MakesEveryWhitespaceRunOneSpace_AndTrims(string text, string expected) =>
        Assert.Equal(expected, WhitespaceFolding.Fold(text));

    [Fact]
    public void ContentFingerprint_IgnoresCaseWrappingAndCurlyQuotes()
    {
        Assert.Equal("humanity's \"shared future\"", ContentFingerprint.Normalize("Humanity\u2019s\n  \u201CShared Future\u201D"));
        Assert.Equal(
            ContentFingerprint.Compute("SR1202", "shared future", "Humanity's shared\nfuture."),
            ContentFingerprint.Compute("SR1202", "Shared  future", "humanity\u2019s shared future."));
    }
}
