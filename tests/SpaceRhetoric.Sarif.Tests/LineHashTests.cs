using Microsoft.CodeAnalysis.Sarif;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Sarif.Tests;

/// <summary>GitHub's <c>primaryLocationLineHash</c>, checked against the vectors in codeql-action's fingerprint tests.</summary>
public sealed class LineHashTests
{
    public static TheoryData<string, string[]> CodeqlActionVectors => new()
    {
        { "", ["c129715d7a2bc9a3:1"] },
        { " a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"] },
        {
            " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
            ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]
        },
        {
            " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
            ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]
        },
        {
            Scenarios.Repeated,
            [
                "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
                "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
                "c129715d7a2bc9a3:1",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(CodeqlActionVectors))]
    public void LineHashes_ReproduceCodeqlActionVectors(string text, string[] expected)
    {
        var hashes = new LineHashes(new SourceText(text));

        string?[] actual = [.. Enumerable.Range(1, expected.Length).Select(hashes.ForLine)];
        Assert.Equal(expected, actual);
        Assert.Null(hashes.ForLine(expected.Length + 1));
    }

    [Fact]
    public void LineHashes_ByteOrderMark_HashedAsPartOfTheFirstLine()
    {
        const string text = "Space unites us.\nAll of us.\n";

        var withBom = new LineHashes(new SourceText(text, hadByteOrderMark: true));
        var withoutBom = new LineHashes(new SourceText(text));

        Assert.Equal(HashUtilities.RollingHash("\uFEFF" + text)[1], withBom.ForLine(1));
        Assert.NotEqual(withoutBom.ForLine(1), withBom.ForLine(1));
        Assert.Equal(withoutBom.ForLine(2), withBom.ForLine(2));
    }

    [Fact]
    public void Write_RepeatedLine_PrimaryLocationLineHashCountsOccurrences()
    {
        var source = new SourceText(Scenarios.Repeated);
        int thirdLine = source.GetLineStart(2);
        var finding = TestRuns.Finding(source, TestRuns.Unites, "Lorem ipsum", from: thirdLine);
        byte[] log = Scenarios.Write(TestRuns.Run([TestRuns.File("lorem.txt", source, finding)]));

        string? hash = SarifJson.String(SarifJson.Results(log).Single().GetProperty("partialFingerprints"), "primaryLocationLineHash");
        Assert.Equal("a7f2ff13bc495cf2:3", hash);
    }
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void LineHashes_RandomText_SameAsSarifSdk(int seed)
    {
        // Short lines, long lines (past the 100-character window), CR, LF, CRLF, blanks, tabs,
        // repeated lines, a trailing break or none, and characters beyond ASCII and the BMP.
        var random = new Random(seed);
        string[] pieces = ["a", "Space unites us", " ", "\t", "\n", "\r", "\r\n", "\u00E9", "\U0001F680", new string('x', 120), "Lorem ipsum dolor sit amet.\n"];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        foreach (bool bom in new[] { false, true })
        {
            var source = new SourceText(text.ToString(), hadByteOrderMark: bom);
            Dictionary<int, string> expected = HashUtilities.RollingHash((bom ? "\uFEFF" : "") + source.Text);
            var hashes = new LineHashes(source);

            Assert.All(expected, pair => Assert.Equal(pair.Value, hashes.ForLine(pair.Key)));
            Assert.Null(hashes.ForLine(expected.Count + 1));
            Assert.Null(hashes.ForLine(0));
        }
    }
}
