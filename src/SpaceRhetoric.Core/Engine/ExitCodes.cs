namespace SpaceRhetoric.Engine;

/// <summary>Process exit codes of <c>spacerhetoric</c>; documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the fail level (or a failing rule example in <c>rules test</c>).</summary>
    public const int Findings = 1;

    /// <summary>Usage or configuration error: bad option, bad rule file, bad configuration, bad baseline.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Some input file could not be read; the others were still linted and reported.</summary>
    public const int UnreadableFiles = 3;

    /// <summary>An unexpected failure inside the tool (a bug); the message asks for a report.</summary>
    public const int InternalError = 70;
}
