using System.Text;

namespace SpaceRhetoric.Text;

/// <summary>Folds whitespace runs, line breaks included, to one space and trims both ends.</summary>
/// <example><c>Fold("for the\n  benefit ")</c> is <c>"for the benefit"</c>.</example>
public static class WhitespaceFolding
{
    /// <param name="text">The text to fold.</param>
    /// <param name="map">Applied to every kept character, e.g. to fold case for comparison.</param>
    public static string Fold(ReadOnlySpan<char> text, Func<char, char>? map = null)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(map is null ? c : map(c));
        }

        return sb.ToString();
    }
}
