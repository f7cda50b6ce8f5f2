using System.Diagnostics.CodeAnalysis;
using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Documents;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Rules;

namespace SpaceRhetoric.Core.Tests.Engine;

public sealed class LintEngineTests
{
    [Fact]
    public void WhenFilesFinishOutOfOrder_ResultsStillInPathOrderAndEqualToSingleThreadedRun()
    {
        using var tree = new TempTree();
        var random = new Random(42);
        for (int i = 0; i < 60; i++)
        {
            string folder = (i % 3) switch { 0 => "a", 1 => "b/c", _ => "" };
            string words = string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(2) == 0 ? "humanity" : "unite"));
            tree.Write(Path.Combine(folder, $"doc{i:D2}.md"), $"Line one {words}.\nAnd {words} again.");
        }

        List<string> Flatten(int threads) =>
            [.. Engine(tree.Root, new FakeAnalyzer(maxDelayMs: 8), threads, window: 5).Lint().Files
                .SelectMany(f => f.Diagnostics.Select(d => $"{f.Path}:{d.Span.Start}:{d.RuleId}"))];

        var parallel = Flatten(threads: 4);
        var sequential = Flatten(threads: 1);

        Assert.Equal(sequential, parallel);
        Assert.True(parallel.Count > 60);
    }

    [Fact]
    public void Run_YieldsFilesSortedOrdinallyByPath_AndFindingsBySpanStartThenRuleId()
    {
        using var tree = new TempTree();
        tree.Write("b.md", "unite humanity unite");
        tree.Write("B.md", "humanity");
        tree.Write("a/z.txt", "humanity");
        tree.Write("a.md", "unite");

        LintRunResult result = Engine(tree.Root, new FakeAnalyzer()).Lint();

        Assert.Equal(["B.md", "a.md", "a/z.txt", "b.md"], result.Files.Select(f => f.Path));
        FileResult b = result.Files[3];
        Assert.Equal([0, 6, 15], b.Diagnostics.Select(d => d.Span.Start));
        Assert.Equal(["SR1002", "SR1001", "SR1002"], b.Diagnostics.Select(d => d.RuleId));
    }

    [Fact]
    public void WhenFileIsDanglingLink_NotificationSR9201_AndOtherFilesStillLinted()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        using var tree = new TempTree();
        tree.Write("good.md", "humanity");
        tree.Write("zed.md", "unite");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "missing.md"), Path.Combine(tree.Root, "nowhere.md"));

        LintRunResult result = Engine(tree.Root, new FakeAnalyzer()).Lint();

        Assert.Equal(["good.md", "zed.md"], result.Files.Select(f => f.Path));
        ToolDiagnostic notification = Assert.Single(result.Notifications);
        Assert.Equal(ToolDiagnosticIds.FileUnreadable, notification.Id);
        Assert.Equal("missing.md", notification.Path);
        Assert.Equal(Severity.Error, notification.Severity);
        Assert.False(result.ExecutionSuccessful);
    }

    [Fact]
    public void WhenNotificationsStream_TheyArriveInPathOrderBetweenResults()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var tree = new TempTree();
        tree.Write("a.md", "humanity");
        tree.Write("c.md", "humanity");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "b.md"), Path.Combine(tree.Root, "gone.md"));
        LintEngine engine = Engine(tree.Root, new FakeAnalyzer(maxDelayMs: 5), threads: 2);

        var events = new List<string>();
        foreach (FileResult file in engine.Run(engine.Discover().Files, n => events.Add("!" + n.Path)))
        {
            events.Add(file.Path);
        }

        Assert.Equal(["a.md", "!b.md", "c.md"], events);
    }

    [Fact]
    public void WhenBytesAreNotUtf8_FileIsDecodedWithReplacementAndLinted()
    {
        using var tree = new TempTree();
        File.WriteAllBytes(Path.Combine(tree.Root, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, .. "humanity"u8]);

        FileResult file = Assert.Single(Engine(tree.Root, new FakeAnalyzer()).Lint().Files);

        Assert.Equal("caf\uFFFD humanity", file.Source.Text);
        Assert.Equal(5, Assert.Single(file.Diagnostics).Span.Start);
    }

    [Fact]
    public void Hooks_OptionsForFileAndPostProcessAndExplain_AreApplied()
    {
        using var tree = new TempTree();
        tree.Write("quiet.md", "humanity unite");
        tree.Write("loud.md", "humanity unite");
        var options = new LintOptions
        {
            ReaderLookup = FakeReader.Lookup,
            RootDirectory = tree.Root,
            Explain = true,
            OptionsForFile = path => path == "quiet.md"
                ? new AnalysisOptions { SeverityResolver = r => r.Id == "SR1001" ? Severity.None : r.DefaultSeverity }
                : AnalysisOptions.Default,
            PostProcess = (document, diagnostics) => [.. diagnostics.Select(d => d with { Message = document.Path + ": " + d.Message })],
        };

        LintRunResult result = new LintEngine(new FakeAnalyzer(), options).Lint();

        FileResult loud = result.Files[0];
        FileResult quiet = result.Files[1];
        Assert.Equal(["loud.md: 'humanity' found.", "loud.md: 'unite' found."], loud.Diagnostics.Select(d => d.Message));
        Assert.Equal(["quiet.md: 'unite' found."], quiet.Diagnostics.Select(d => d.Message));
        ExplainEntry explained = Assert.Single(quiet.Explanations);
        Assert.Equal(("SR1001", 0, "disabled"), (explained.RuleId, explained.Offset, explained.Decision));
        Assert.Empty(loud.Explanations);
    }

    [Fact]
    public void Lint_ReportsRulesEnabledByDefaultSortedById()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "nothing here");

        LintRunResult result = Engine(tree.Root, new FakeAnalyzer()).Lint();

        Assert.Equal(["SR1001", "SR1002"], result.Rules.Select(r => r.Id));
        Assert.Equal(Path.GetFullPath(tree.Root), result.RootDirectory);
        Assert.Empty(Assert.Single(result.Files).Diagnostics);
    }

    [Fact]
    public void WhenCallerStopsEnumeratingEarly_RunEndsWithoutWaitingForTheRest()
    {
        using var tree = new TempTree();
        for (int i = 0; i < 20; i++)
        {
            tree.Write($"f{i:D2}.md", "humanity");
        }

        LintEngine engine = Engine(tree.Root, new FakeAnalyzer(maxDelayMs: 3), threads: 2, window: 4);

        FileResult first = engine.Run(engine.Discover().Files).First();

        Assert.Equal("f00.md", first.Path);
    }

    [Fact]
    public void Run_NeverReadsMoreThanTheWindowAheadOfTheConsumer()
    {
        using var tree = new TempTree();
        for (int i = 0; i < 40; i++)
        {
            tree.Write($"f{i:D2}.md", "humanity");
        }

        var reader = new CountingReader();
        var engine = new LintEngine(new FakeAnalyzer(), new LintOptions
        {
            ReaderLookup = reader.TryGetReader,
            RootDirectory = tree.Root,
            MaxDegreeOfParallelism = 4,
            Window = 6,
        });

        int consumed = 0;
        int maxAhead = 0;
        foreach (FileResult file in engine.Run(engine.Discover().Files))
        {
            consumed++;
            Thread.Sleep(2); // A slow writer: workers must wait for it rather than race ahead.
            maxAhead = Math.Max(maxAhead, reader.Reads - consumed);
        }

        Assert.Equal(40, consumed);
        Assert.InRange(maxAhead, 0, 6);
    }

    internal static LintEngine Engine(string root, FakeAnalyzer analyzer, int threads = 2, int window = 0, IReadOnlyList<string>? inputs = null) =>
        new(analyzer, new LintOptions
        {
            ReaderLookup = FakeReader.Lookup,
            RootDirectory = root,
            MaxDegreeOfParallelism = threads,
            Window = window,
            Inputs = inputs ?? ["."],
        });

    private sealed class CountingReader : IDocumentReader
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public IReadOnlyList<string> Extensions => FakeReader.Instance.Extensions;

        public bool TryGetReader(string path, [NotNullWhen(true)] out IDocumentReader? reader)
        {
            reader = this;
            return true;
        }

        public Document Read(string path, SpaceRhetoric.Text.SourceText source)
        {
            Interlocked.Increment(ref _reads);
            return FakeReader.Instance.Read(path, source);
        }
    }
}
