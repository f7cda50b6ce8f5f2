using System.Text;

namespace SpaceRhetoric.Cli.Tests;

/// <summary>
/// One test per folder under <c>Fixtures/</c>: runs the real CLI and compares exit code, standard output,
/// standard error and any listed output files with the folder's approved <c>expected.txt</c>.
/// </summary>
/// <remarks>
/// A case folder holds <c>args.txt</c> (one argument per line; <c>{tmp}</c> is the run folder,
/// <c>{repo}</c> the repository), optionally <c>input/</c> (copied to a fresh temporary folder, the
/// current directory of the run), <c>cwd.txt</c> containing <c>repo</c> (run from the repository root
/// instead) or a folder of the run folder to run from, <c>links.txt</c> (<c>name -&gt; target</c> symbolic links to create, e.g. dangling ones) and
/// <c>outputs.txt</c> (files, relative to the run folder, whose content — or absence — is part of the transcript;
/// <c>?name</c> records only whether the file exists; <c>name@runs/0/invocations</c> records one part of a JSON file, with
/// <c>*</c> mapping over an array). A file named <c>dot.gitignore</c> in <c>input/</c> is copied as <c>.gitignore</c>,
/// so that it does not apply to this repository.
/// </remarks>
public sealed class FixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string folder in Directory.GetDirectories(CliRunner.FixturesRoot).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "args.txt")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture(string name)
    {
        string caseFolder = Path.Combine(CliRunner.FixturesRoot, name);
        if (File.Exists(Path.Combine(caseFolder, "links.txt")) && OperatingSystem.IsWindows())
        {
            return; // Symbolic links need a privilege on Windows.
        }

        using var temp = new TempFolder();
        string input = Path.Combine(caseFolder, "input");
        if (Directory.Exists(input))
        {
            TempFolder.CopyTree(input, temp.Path, _ => true);
            foreach (string file in Directory.GetFiles(temp.Path, "dot.gitignore", SearchOption.AllDirectories))
            {
                File.Move(file, Path.Combine(Path.GetDirectoryName(file)!, ".gitignore"));
            }
        }

        foreach (string line in ReadLines(caseFolder, "links.txt"))
        {
            string[] parts = line.Split("->", 2, StringSplitOptions.TrimEntries);
            File.CreateSymbolicLink(Path.Combine(temp.Path, parts[0]), parts[1]);
        }

        string[] args = [.. ReadLines(caseFolder, "args.txt").Select(a => a.Replace("{tmp}", temp.Path).Replace("{repo}", CliRunner.RepoRoot))];
        string? cwd = ReadLines(caseFolder, "cwd.txt").FirstOrDefault();
        string workingDirectory = cwd switch
        {
            null => temp.Path,
            "repo" => CliRunner.RepoRoot,
            _ => Path.Combine(temp.Path, cwd),
        };
        CliResult result = CliRunner.Run(workingDirectory, args);

        var transcript = new StringBuilder();
        transcript.Append("$ spacerhetoric ").AppendJoin(' ', ReadLines(caseFolder, "args.txt")).Append('\n');
        transcript.Append("exit code: ").Append(result.ExitCode).Append('\n');
        transcript.Append("--- stdout\n").Append(result.Stdout);
        transcript.Append("--- stderr\n").Append(result.Stderr);
        foreach (string line in ReadLines(caseFolder, "outputs.txt"))
        {
            // "?name" records only whether the file exists (for formats another component owns, like SARIF).
            bool presenceOnly = line.StartsWith('?');
            string[] parts = (presenceOnly ? line[1..] : line).Split('@', 2);
            string output = parts[0];
            string path = Path.Combine(temp.Path, output);
            transcript.Append("--- file ").Append(presenceOnly ? output : line);
            transcript.Append(!File.Exists(path) ? ": absent\n"
                : presenceOnly ? ": present\n"
                : parts.Length == 2 ? "\n" + JsonSelection.Select(File.ReadAllText(path), parts[1]) + "\n"
                : "\n" + File.ReadAllText(path));
        }

        if (args.Contains("sarif") && !args.Contains("--output") && result.ExitCode is 0 or 1 or 3)
        {
            SarifArtifacts.Keep($"fixture-{name}-stdout", result.StdoutBytes);
        }

        SarifArtifacts.KeepAll($"fixture-{name}", temp.Path);
        Approvals.Verify(Path.Combine(caseFolder, "expected.txt"), Normalize(transcript.ToString(), temp.Path));
    }

    internal static string Normalize(string text, string tempPath) =>
        text.ReplaceLineEndings("\n").Replace(tempPath, "{tmp}").Replace(CliRunner.RepoRoot, "{repo}");

    private static IEnumerable<string> ReadLines(string folder, string file)
    {
        string path = Path.Combine(folder, file);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
            : [];
    }
}
