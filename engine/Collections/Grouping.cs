namespace TraffickingAbm.Engine.Collections;

/// <summary>Grouping of item ids by an integer key without a comparison sort.</summary>
public static class Grouping
{
    /// <summary>
    /// Stable counting sort: writes <paramref name="items"/> to <paramref name="output"/> grouped by
    /// keyOf[item] (0 .. start.Length − 2), in input order within a group. On return group k occupies
    /// output[start[k] .. start[k + 1]). O(items + keys), no allocation.
    /// </summary>
    public static void ByKey(ReadOnlySpan<int> items, ReadOnlySpan<int> keyOf, Span<int> start, Span<int> output)
    {
        start.Clear();
        foreach (int item in items) start[keyOf[item] + 1]++;
        for (int k = 1; k < start.Length; k++) start[k] += start[k - 1];
        // start[k] is where group k begins: fill while advancing it, then shift the cursors back.
        foreach (int item in items) output[start[keyOf[item]]++] = item;
        for (int k = start.Length - 1; k > 0; k--) start[k] = start[k - 1];
        start[0] = 0;
    }
}
