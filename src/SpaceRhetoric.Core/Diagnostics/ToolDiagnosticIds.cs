namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// IDs of the tool's own diagnostics. SR9000–SR9099: rule files; SR9100–SR9199: configuration;
/// SR9200–SR9299: documents and runs. Documented in README.md; never reuse a retired number.
/// </summary>
public static class ToolDiagnosticIds
{
    // Rule files.
    public const string MalformedYaml = "SR9001";
    public const string MissingKey = "SR9002";
    public const string UnknownKey = "SR9003";
    public const string DuplicateRuleId = "SR9004";
    public const string InvalidSeverity = "SR9005";
    public const string InvalidRegex = "SR9006";
    public const string InvalidValue = "SR9007";
    public const string InvalidRuleId = "SR9008";
    public const string InvalidPattern = "SR9009";
    public const string UnknownTermSet = "SR9010";
    public const string RulesFolderNotFound = "SR9011";
    public const string RiskyPattern = "SR9012";
    public const string MissingExamples = "SR9013";
    public const string PatternNeverMatches = "SR9014";

    // Configuration.
    public const string ConfigMalformed = "SR9101";
    public const string ConfigUnknownKey = "SR9102";
    public const string ConfigUnknownRule = "SR9103";
    public const string ConfigInvalidSeverity = "SR9104";
    public const string ConfigInvalidGlob = "SR9105";
    public const string ConfigInvalidValue = "SR9106";
    public const string BaselineUnreadable = "SR9107";

    // Documents and runs.
    public const string FileUnreadable = "SR9201";
    public const string NoInputMatched = "SR9202";
    public const string UnusedSuppression = "SR9203";
    public const string InvalidSuppression = "SR9204";
}
