using SpaceRhetoric.Diagnostics;
using SpaceRhetoric.Engine;
using SpaceRhetoric.Text;
using static SpaceRhetoric.Sarif.Tests.TestRuns;

namespace SpaceRhetoric.Sarif.Tests;

/// <summary>The runs behind the approved logs, shared by the golden and the property tests.</summary>
internal static class Scenarios
{
    public const string PressRelease = "# Launch\r\n\r\nThis mission is \U0001F680 for the benefit of all humanity.\r\nSpace unites us\r\nall. We seek a shared future for mankind.\r\n";

    public static readonly string Repeated = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10));

    public static LintRunResult Empty() => Run(
        [File("docs/clean.md", new SourceText("Citizens of ESA member states benefit.\n"))],
        r => r with { Category = "docs" });

    /// <summary>BOM, CRLF, an emoji before the match, a match across two lines, a percent-encoded path.</summary>
    public static LintRunResult Encodings()
    {
        var press = new SourceText(PressRelease, hadByteOrderMark: true);
        var speech = new SourceText("Space unites us.\nSpace unites us.\n");
        return Run(
        [
            File("docs/press release \u00FC.md", press,
                Finding(press, Humanity, "for the benefit of all humanity"),
                Finding(press, Unites, "Space unites us\r\nall"),
                Finding(press, Mankind, "a shared future for mankind")),
            File("notes/speech.txt", speech,
                Finding(speech, Unites, "Space unites us", from: 5)),
        ]);
    }

    /// <summary>Tool notifications that do not fail the run, with and without a position.</summary>
    public static LintRunResult Notifications()
    {
        var text = new SourceText("<!-- spacerhetoric-disable SR1003 -->\nA shared future for mankind awaits.\n");
        return Run(
            [File("docs/draft.md", text, Finding(text, Mankind, "shared future for mankind"))],
            r => r with
            {
                Notifications =
                [
                    new ToolDiagnostic(ToolDiagnosticIds.UnusedSuppression, Severity.Warning, "docs/draft.md", 1, 6, "The suppression of SR1003 suppresses nothing"),
                    new ToolDiagnostic(ToolDiagnosticIds.NoInputMatched, Severity.Note, "docs/archive", 0, 0, "No document matched 'docs/archive/**/*.md'."),
                ],
            });
    }

    /// <summary>Suppressions, baseline states (the absent one must not be written), a fix and a severity override.</summary>
    public static LintRunResult Triage()
    {
        var text = new SourceText(
            "For the benefit of all humanity, we launch.\n" +
            "Space unites us.\n" +
            "This serves all humanity.\n" +
            "A shared future for mankind.\n" +
            "It is for the benefit of all humanity.\n");
        Diagnostic humanity = Finding(text, Humanity, "For the benefit of all humanity");
        return Run(
            [
                File("policy/draft.md", text,
                    humanity with
                    {
                        BaselineState = BaselineState.New,
                        Fix = new Fix("Name who benefits", humanity.Span, "For the benefit of ESA member states"),
                    },
                    Finding(text, Unites, "Space unites us", Severity.Warning) with { BaselineState = BaselineState.Unchanged },
                    Finding(text, Humanity, "all humanity", from: 50) with
                    {
                        Suppression = new Suppression("inSource", "Quoted from the 1967 treaty for discussion."),
                        BaselineState = BaselineState.Updated,
                    },
                    Finding(text, Mankind, "shared future for mankind") with
                    {
                        Suppression = new Suppression("external", null),
                        BaselineState = BaselineState.Unchanged,
                    },
                    Finding(text, Humanity, "for the benefit of all humanity", from: 100) with { BaselineState = BaselineState.Absent }),
            ],
            r => r with
            {
                SeverityOverrides = [new RuleSeverityOverride(Unites.Id, Severity.Warning, ".spacerhetoric.yaml")],
                AbsentFromBaseline = 1,
            });
    }

    /// <summary>Every scenario with the name of its approved file.</summary>
    public static TheoryData<string> Names => new() { "empty-run", "encodings", "notifications", "triage" };

    public static LintRunResult ByName(string name) => name switch
    {
        "empty-run" => Empty(),
        "encodings" => Encodings(),
        "notifications" => Notifications(),
        "triage" => Triage(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static byte[] Write(LintRunResult run, SarifLogWriter? writer = null)
    {
        using var stream = new MemoryStream();
        (writer ?? new SarifLogWriter()).Write(run, stream);
        return stream.ToArray();
    }
}
