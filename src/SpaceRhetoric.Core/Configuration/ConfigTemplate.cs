namespace SpaceRhetoric.Configuration;

/// <summary>
/// The commented starter <c>.spacerhetoric.yaml</c> that <c>spacerhetoric init</c> writes: every key with its
/// default and a comment, examples commented out, and a schema line so editors complete and validate it.
/// </summary>
public static class ConfigTemplate
{
    /// <summary>The published schema, for files outside this repository.</summary>
    public static string SchemaUri { get; } =
        ProductInfo.InformationUri.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal)
        + "/main/schemas/config.schema.json";

    /// <summary>The template with the published schema URL.</summary>
    public static string Text { get; } = Render(SchemaUri);

    /// <summary>The template with <paramref name="schemaReference"/> on the schema line (a URL, or a relative path inside this repository).</summary>
    public static string Render(string schemaReference) => $$"""
        # yaml-language-server: $schema={{schemaReference}}
        #
        # SpaceRhetoric configuration. The linter uses the nearest .spacerhetoric.yaml at or above the folder
        # it runs in, or the file given with --config. Paths and globs are relative to this file's folder.
        # Reference: {{ProductInfo.InformationUri}}/blob/main/docs/configuration.md

        # Folders of your own rule files (YAML), loaded besides the built-in rules.
        rules: []
        #  - style/rules

        # Load the built-in rules (true), or only the folders above (false).
        defaultRules: true

        # Files to lint, as globs ('*' within a folder, '**' across folders). Empty: every file given.
        include: []
        #  - "docs/**/*.md"
        #  - "speeches/**/*.txt"

        # Files never to lint.
        exclude:
          - "node_modules/**"
        #  - "archive/**"

        # Skip files that .gitignore ignores.
        gitignore: true

        # Severity by rule ID, by category ("category:unity-claim") or for every rule ("*").
        # error | warning | note | none (none turns the rule off). .editorconfig settings win over these.
        severity: {}
        #  SR1001: error
        #  "category:unity-claim": note

        # Severities for some files only. Each entry: globs and severities; a later entry wins.
        overrides: []
        #  - files: ["press-releases/**"]
        #    severity:
        #      "*": error
        #  - files: ["archive/**", "quotes/*.md"]
        #    severity:
        #      SR1001: none

        # Rule options, by rule ID or "*" (every rule).
        options: {}
        #  "*":
        #    qualifierWindow: sentence   # clause | sentence | paragraph: where a qualifier may stand
        #    quoted: report              # report | skip | note | warning | error: claims quoted for examination

        # Lowest severity that fails the run: error | warning | note. Absent: the command line decides (--fail-level).
        # failLevel: warning

        # Which findings fail the run: any, or only those new since the baseline (--baseline): any | new.
        # failOn: any

        # Report suppression comments that suppress nothing: true (as warnings), false, or a severity.
        reportUnusedSuppressions: warning

        """;
}
