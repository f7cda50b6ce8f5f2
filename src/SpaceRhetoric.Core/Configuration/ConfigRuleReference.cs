namespace SpaceRhetoric.Configuration;

/// <summary>A rule ID or <c>category:&lt;name&gt;</c> written in a configuration file, with its 1-based position.</summary>
public sealed record ConfigRuleReference(string Key, int Line, int Column);
