namespace SpaceRhetoric.Diagnostics;

/// <summary>Suggests the closest known word for a misspelt one.</summary>
internal static class DidYouMean
{
    /// <summary>Returns <c> Did you mean 'x'?</c> or an empty string when nothing is close.</summary>
    public static string Suffix(string word, IEnumerable<string> candidates)
    {
        string? best = Closest(word, candidates);
        return best is null ? string.Empty : $" Did you mean '{best}'?";
    }

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int d = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        // More than a third of the word changed is a different word, not a typo.
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
