using SpaceRhetoric.Configuration;

namespace SpaceRhetoric.Core.Tests.Configuration;

public class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*", "a.md", true)]
    [InlineData("*", "docs/deep/a.md", true)]
    [InlineData("*.md", "docs/a.md", true)]
    [InlineData("*.md", "docs/a.txt", false)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "docs/sub/a.md", false)]
    [InlineData("docs/*.md", "other/docs/a.md", false)]
    [InlineData("/docs/*.md", "docs/a.md", true)]
    [InlineData("docs/**.md", "docs/sub/a.md", true)]
    [InlineData("docs/**/a.md", "docs/a.md", true)]
    [InlineData("docs/**/a.md", "docs/x/y/a.md", true)]
    [InlineData("**/drafts/*", "team/drafts/a.md", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "a/.md", false)]
    [InlineData("[abc].md", "b.md", true)]
    [InlineData("[abc].md", "d.md", false)]
    [InlineData("[!abc].md", "d.md", true)]
    [InlineData("[a-c].md", "b.md", true)]
    [InlineData("*.{md,txt}", "speech.txt", true)]
    [InlineData("*.{md,txt}", "speech.rst", false)]
    [InlineData("{docs,press}/**.md", "press/2024/a.md", true)]
    [InlineData("{docs,{press,news}}/*.md", "news/a.md", true)]
    [InlineData("chapter{1..3}.md", "chapter2.md", true)]
    [InlineData("chapter{1..3}.md", "chapter4.md", false)]
    [InlineData("chapter{1..3}.md", "chapter10.md", false)]
    [InlineData("{single}.md", "{single}.md", true)]
    [InlineData("a\\*.md", "a*.md", true)]
    [InlineData("a\\*.md", "ab.md", false)]
    [InlineData("[ab.md", "[ab.md", true)]
    public void SectionNames_MatchLikeEditorConfig(string section, string path, bool expected) =>
        Assert.Equal(expected, EditorConfigGlob.Compile(section).IsMatch(path));
}
