using System.Security.Cryptography;
using System.Text;
using SpaceRhetoric.Text;

namespace SpaceRhetoric.Diagnostics;

/// <summary>
/// A fingerprint of a finding that ignores where it stands: rule ID + matched text + sentence, each with
/// case and whitespace folded. Moving or re-wrapping a paragraph keeps it; rewording the sentence changes it.
/// Baselines match on it, and SARIF carries it as <c>partialFingerprints["contentHash/v1"]</c>.
/// </summary>
public static class ContentFingerprint
{
    public const string SarifKey = "contentHash/v1";

    public static string Compute(Diagnostic diagnostic) =>
        Compute(diagnostic.RuleId, diagnostic.MatchedText, diagnostic.ContextText ?? diagnostic.MatchedText);

    public static string Compute(string ruleId, string matchedText, string context)
    {
        string material = string.Join('\u001F', ruleId, Normalize(matchedText), Normalize(context));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Folds case, whitespace runs and curly apostrophes/quotes.</summary>
    public static string Normalize(string text) => WhitespaceFolding.Fold(text, static raw => raw switch
    {
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => char.ToLowerInvariant(raw),
    });
}
