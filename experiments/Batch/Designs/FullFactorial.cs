namespace TraffickingAbm.Experiments.Batch.Designs;

/// <summary>
/// The full factorial design: every combination of every factor's levels, each run once
/// (Montgomery, <i>Design and Analysis of Experiments</i>, 8th ed., 2013, ch. 5; Box, Hunter &amp; Hunter,
/// <i>Statistics for Experimenters</i>, 2nd ed., 2005, ch. 5).
/// </summary>
public static class FullFactorial
{
    /// <summary>The largest number of points <see cref="Points"/> builds.</summary>
    public const long MaxPoints = 10_000_000;

    /// <summary>
    /// All combinations of level indices: point p has factor j at level <c>p[j]</c> in [0, levelCounts[j]).
    /// Points are in lexicographic order with the last factor varying fastest, so for counts (2, 3) they are
    /// (0,0), (0,1), (0,2), (1,0), (1,1), (1,2). There are ∏ levelCounts[j] of them.
    /// </summary>
    /// <exception cref="ArgumentException">No factor, a count below 1, or more than <see cref="MaxPoints"/> points.</exception>
    public static int[][] Points(IReadOnlyList<int> levelCounts)
    {
        ArgumentNullException.ThrowIfNull(levelCounts);
        int k = levelCounts.Count;
        if (k == 0) throw new ArgumentException("a full factorial needs at least one factor", nameof(levelCounts));
        long total = 1;
        for (int j = 0; j < k; j++)
        {
            if (levelCounts[j] < 1)
                throw new ArgumentException($"factor {j} has {levelCounts[j]} levels; each factor needs at least 1", nameof(levelCounts));
            total *= levelCounts[j];
            if (total > MaxPoints)
                throw new ArgumentException($"the design has more than {MaxPoints:N0} points", nameof(levelCounts));
        }

        var points = new int[total][];
        var current = new int[k];
        for (long p = 0; p < total; p++)
        {
            points[p] = (int[])current.Clone();
            // odometer: bump the last factor, carrying into earlier ones
            for (int j = k - 1; j >= 0; j--)
            {
                if (++current[j] < levelCounts[j]) break;
                current[j] = 0;
            }
        }
        return points;
    }
}
