namespace SpaceRhetoric.Configuration;

/// <summary>One result read from a baseline SARIF log.</summary>
/// <param name="RuleId">SARIF <c>ruleId</c>.</param>
/// <param name="Path">The artifact URI, unescaped, relative when the log had it relative (<c>docs/a.md</c>).</param>
/// <param name="ContentHash"><c>partialFingerprints["contentHash/v1"]</c>; null when the log has none.</param>
/// <param name="LineHash"><c>partialFingerprints["primaryLocationLineHash"]</c>, if present.</param>
/// <param name="StartLine">1-based <c>region.startLine</c>, or 0 when absent.</param>
/// <param name="Message"><c>message.text</c>.</param>
public sealed record BaselineResult(string RuleId, string? Path, string? ContentHash, string? LineHash, int StartLine, string? Message);
