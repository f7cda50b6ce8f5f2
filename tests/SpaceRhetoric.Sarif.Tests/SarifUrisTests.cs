namespace SpaceRhetoric.Sarif.Tests;

public sealed class SarifUrisTests
{
    [Fact]
    public void DirectoryUri_FileSystemRoot_IsAValidDirectoryUri()
    {
        // The checkout folder of a run whose files share nothing but the root with it.
        string root = Path.GetPathRoot(Path.GetTempPath())!;

        Uri uri = SarifUris.DirectoryUri(root);

        Assert.True(uri.IsAbsoluteUri);
        Assert.Equal("file", uri.Scheme);
        Assert.EndsWith("/", uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("//", uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectoryUri_Folder_EndsWithOneSlash()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sr docs");

        Uri withSeparator = SarifUris.DirectoryUri(folder + Path.DirectorySeparatorChar);
        Uri without = SarifUris.DirectoryUri(folder);

        Assert.Equal(without, withSeparator);
        Assert.EndsWith("/sr%20docs/", without.AbsoluteUri, StringComparison.Ordinal);
    }
}
