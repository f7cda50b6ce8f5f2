namespace SpaceRhetoric.Configuration;

/// <summary>Which findings can fail a run: all of them, or only those not in the baseline.</summary>
public enum FailOn
{
    /// <summary>Any unsuppressed finding at or above the fail level.</summary>
    Any,

    /// <summary>Only findings whose baseline state is <c>new</c> (all findings when no baseline is given).</summary>
    New,
}
