using System.Globalization;
using System.Runtime.CompilerServices;

namespace SpaceRhetoric.Rules.Matching;

internal static class CharClass
{
    // The tokenizer asks this of every character: the ASCII test inlines, the Unicode one does not.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        UnicodeCategory category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    /// <summary>Characters that may follow a sentence's final stop and still belong to it.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB' or '\u203A';

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
