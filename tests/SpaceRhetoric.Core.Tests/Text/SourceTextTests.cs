using SpaceRhetoric.Text;

namespace SpaceRhetoric.Core.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb", 2, 1, 0)]
    [InlineData("a\r\nb", 3, 1, 0)]
    [InlineData("a\rb", 2, 1, 0)]
    [InlineData("ab\r\ncd", 1, 0, 1)]
    [InlineData("ab\r\ncd", 5, 1, 1)]
    public void GetLinePosition_CountsEveryLineTerminator(string text, int offset, int line, int column)
    {
        var source = new SourceText(text);
        Assert.Equal(new LinePosition(line, column), source.GetLinePosition(offset));
    }

    [Fact]
    public void FromBytes_StripsBomAndRemembersIt()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'];
        var source = SourceText.FromBytes(bytes);
        Assert.Equal("hi", source.Text);
        Assert.True(source.HadByteOrderMark);
    }

    [Fact]
    public void GetLinePosition_CountsUtf16CodeUnits()
    {
        // U+1F680 (rocket) is two UTF-16 code units, as editors and SARIF count columns.
        var source = new SourceText("\U0001F680 space");
        Assert.Equal(new LinePosition(0, 3), source.GetLinePosition(3));
    }

    [Fact]
    public void GetLineSpan_ExcludesTerminator()
    {
        var source = new SourceText("one\r\ntwo\n");
        Assert.Equal("one", source.ToString(source.GetLineSpan(0)));
        Assert.Equal("two", source.ToString(source.GetLineSpan(1)));
        Assert.Equal(3, source.LineCount);
    }
}
