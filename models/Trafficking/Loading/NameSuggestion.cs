namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>The "did you mean" hint for a misspelt column or attribute name.</summary>
internal static class NameSuggestion
{
    /// <summary>" (did you mean 'X'?)" for the closest allowed name by edit distance when it is a likely typo, else "".</summary>
    public static string Hint(string name, IEnumerable<string> allowed)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in allowed)
        {
            int d = Levenshtein(name, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, name.Length / 4) ? $" (did you mean '{best}'?)" : "";
    }

    /// <summary>Insertions, deletions and substitutions, one row of the dynamic programme at a time.</summary>
    private static int Levenshtein(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(above, row[j - 1]) + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
