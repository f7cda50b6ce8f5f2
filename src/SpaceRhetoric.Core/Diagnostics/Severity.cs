namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// How serious a finding is. Ordered so that a larger value is more serious; <see cref="None"/>
/// turns a rule off. Spelled in YAML and configuration as <c>none|note|warning|error</c>.
/// </summary>
public enum Severity
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}
