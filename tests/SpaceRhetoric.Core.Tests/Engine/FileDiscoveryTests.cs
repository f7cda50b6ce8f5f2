using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;

namespace SpaceRhetoric.Core.Tests.Engine;

public sealed class FileDiscoveryTests
{
    [Fact]
    public void Folder_RecursesForDefaultExtensions_SkippingBinObjGitAndNodeModules()
    {
        using var tree = new TempTree();
        foreach (string path in new[] { "a.md", "docs/b.txt", "docs/deep/c.md", "docs/image.png", "bin/x.md", "obj/x.md", ".git/x.md", "docs/node_modules/x.md", "docs/objects/y.md", ".github/z.md" })
        {
            tree.Write(path, "text");
        }

        DiscoveryResult found = Discover(tree.Root, ["."]);

        Assert.Equal([".github/z.md", "a.md", "docs/b.txt", "docs/deep/c.md", "docs/objects/y.md"], found.Files.Select(f => f.Path));
        Assert.Empty(found.Notifications);
    }

    [Fact]
    public void LinkedFolder_IsNotFollowed_SoACycleCannotLoop()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        using var tree = new TempTree();
        tree.Write("docs/a.md", "text");
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "docs", "loop"), tree.Root);

        Assert.Equal(["docs/a.md"], Discover(tree.Root, ["."]).Files.Select(f => f.Path));
    }

    [Fact]
    public void SkippedFolder_NamedExplicitly_IsLinted()
    {
        using var tree = new TempTree();
        tree.Write("bin/notes.md", "text");
        tree.Write("obj/other.md", "text");

        Assert.Equal(["bin/notes.md"], Discover(tree.Root, ["bin"]).Files.Select(f => f.Path));
        Assert.Equal(["obj/other.md"], Discover(tree.Root, ["obj/other.md"]).Files.Select(f => f.Path));
    }

    [Fact]
    public void Glob_MatchesNestedFiles_RelativeToItsFixedPrefix()
    {
        using var tree = new TempTree();
        foreach (string path in new[] { "docs/a.md", "docs/x/b.md", "docs/x/c.txt", "other/d.md", "docs/bin/e.md" })
        {
            tree.Write(path, "text");
        }

        Assert.Equal(["docs/a.md", "docs/x/b.md"], Discover(tree.Root, ["docs/**/*.md"]).Files.Select(f => f.Path));
        Assert.Equal(["docs/a.md", "other/d.md"], Discover(tree.Root, ["*/*.md"]).Files.Select(f => f.Path));
    }

    [Fact]
    public void OverlappingInputs_ListEachFileOnce()
    {
        using var tree = new TempTree();
        tree.Write("docs/a.md", "text");

        DiscoveryResult found = Discover(tree.Root, ["docs", "docs/a.md", "**/*.md"]);

        Assert.Equal(["docs/a.md"], found.Files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("missing.md", "No such file or folder: 'missing.md'.")]
    [InlineData("docs/**/*.txt", "No .md/.txt file matches 'docs/**/*.txt'.")]
    [InlineData("nowhere/*.md", "No file matches 'nowhere/*.md': folder 'nowhere' does not exist.")]
    [InlineData("empty", "No .md/.txt file found in folder 'empty'.")]
    [InlineData("docs/report.docx", "No reader handles '.docx' files; supported: .md, .txt.")]
    public void InputMatchingNothing_IsUsageErrorSR9202(string input, string message)
    {
        using var tree = new TempTree();
        tree.Write("docs/a.md", "text");
        tree.Write("docs/report.docx", "binary");
        Directory.CreateDirectory(Path.Combine(tree.Root, "empty"));

        var e = Assert.Throws<ToolDiagnosticException>(() => Discover(tree.Root, ["docs", input]));

        ToolDiagnostic diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal((ToolDiagnosticIds.NoInputMatched, input, message), (diagnostic.Id, diagnostic.Path, diagnostic.Message));
    }

    [Fact]
    public void Include_FiltersFolderAndGlobResults_ButNotExplicitFiles()
    {
        using var tree = new TempTree();
        tree.Write("keep.md", "text");
        tree.Write("drafts/skip.md", "text");
        var options = new LintOptions
        {
            ReaderLookup = FakeReader.Lookup,
            RootDirectory = tree.Root,
            Inputs = [".", "drafts/skip.md"],
            Include = path => !path.StartsWith("drafts/", StringComparison.Ordinal),
        };

        Assert.Equal(["drafts/skip.md", "keep.md"], FileDiscovery.Discover(options).Files.Select(f => f.Path));
        Assert.Equal(["keep.md"], FileDiscovery.Discover(new LintOptions
        {
            ReaderLookup = options.ReaderLookup,
            RootDirectory = tree.Root,
            Include = options.Include,
        }).Files.Select(f => f.Path));
    }

    [Fact]
    public void FileOutsideRoot_IsReportedByAbsoluteFileUri()
    {
        using var outside = new TempTree();
        using var root = new TempTree();
        string full = outside.Write("far away.md", "text");

        DiscoveredFile file = Assert.Single(Discover(root.Root, [full]).Files);

        Assert.Equal(new Uri(full).AbsoluteUri, file.Path);
        Assert.StartsWith("file:///", file.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("..", file.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlistableFolder_IsNotificationSR9201()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // Permissions do not stop root from listing a folder.
        }

        using var tree = new TempTree();
        tree.Write("ok.md", "text");
        tree.Write("locked/secret.md", "text");
        string locked = Path.Combine(tree.Root, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            DiscoveryResult found = Discover(tree.Root, ["."]);

            Assert.Equal(["ok.md"], found.Files.Select(f => f.Path));
            ToolDiagnostic notification = Assert.Single(found.Notifications);
            Assert.Equal((ToolDiagnosticIds.FileUnreadable, "locked"), (notification.Id, notification.Path));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static DiscoveryResult Discover(string root, IReadOnlyList<string> inputs) =>
        FileDiscovery.Discover(new LintOptions
        {
            ReaderLookup = FakeReader.Lookup,
            RootDirectory = root,
            Inputs = inputs,
            Extensions = [".md", ".txt"],
        });
}
