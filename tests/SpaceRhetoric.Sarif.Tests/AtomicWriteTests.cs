namespace SpaceRhetoric.Sarif.Tests;

public sealed class AtomicWriteTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("spacerhetoric-sarif-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void WriteFile_StreamFailsMidWrite_PreviousFileIntactAndNoTempFileLeft()
    {
        string path = Path.Combine(_directory.FullName, "results.sarif");
        File.WriteAllText(path, "previous log");
        var writer = new SarifLogWriter(stream => new FailingStream(stream, failAfterBytes: 1000));

        Assert.Throws<IOException>(() => writer.WriteFile(Scenarios.Triage(), path));

        Assert.Equal("previous log", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory.FullName));
    }

    [Fact]
    public void WriteFile_StreamFailsMidWrite_NoFileCreatedWhenNoneExisted()
    {
        string path = Path.Combine(_directory.FullName, "results.sarif");
        var writer = new SarifLogWriter(stream => new FailingStream(stream, failAfterBytes: 10));

        Assert.Throws<IOException>(() => writer.WriteFile(Scenarios.Encodings(), path));

        Assert.Empty(Directory.GetFiles(_directory.FullName));
    }

    [Fact]
    public void WriteFile_Succeeds_ReplacesPreviousFileWithTheSameBytesAsWrite()
    {
        string path = Path.Combine(_directory.FullName, "results.sarif");
        File.WriteAllText(path, "previous log");

        new SarifLogWriter().WriteFile(Scenarios.Encodings(), path);

        byte[] written = File.ReadAllBytes(path);
        Assert.Equal(Scenarios.Write(Scenarios.Encodings()), written);
        Assert.Equal([path], Directory.GetFiles(_directory.FullName));
        ProducedLogs.Save("written-file", written);
    }

    [Fact]
    public void WriteFile_DirectoryMissing_ThrowsAndCreatesNothing()
    {
        string path = Path.Combine(_directory.FullName, "missing", "results.sarif");

        Assert.Throws<DirectoryNotFoundException>(() => new SarifLogWriter().WriteFile(Scenarios.Empty(), path));

        Assert.Empty(Directory.GetFileSystemEntries(_directory.FullName));
    }
}
