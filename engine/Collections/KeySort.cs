namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// Sorts items by double keys, on two threads for large arrays: each half is sorted on its own, then the
/// halves are merged. Items with equal keys may come out in any order: callers that need one order break
/// ties afterwards (runs of equal keys are contiguous), so the result never depends on the thread count.
/// </summary>
public static class KeySort
{
    private const int ParallelThreshold = 1 << 16;

    public static void Sort(double[] keys, int[] items, int length, int threads)
    {
        if (threads < 2 || length < ParallelThreshold)
        {
            keys.AsSpan(0, length).Sort(items.AsSpan(0, length));
            return;
        }
        int half = length / 2;
        System.Threading.Tasks.Parallel.Invoke(
            () => keys.AsSpan(0, half).Sort(items.AsSpan(0, half)),
            () => keys.AsSpan(half, length - half).Sort(items.AsSpan(half, length - half)));
        var mergedKeys = new double[length];
        var mergedItems = new int[length];
        int i = 0, j = half, o = 0;
        while (i < half && j < length)
        {
            bool left = keys[i] <= keys[j];
            mergedKeys[o] = left ? keys[i] : keys[j];
            mergedItems[o++] = left ? items[i++] : items[j++];
        }
        for (; i < half; i++, o++) { mergedKeys[o] = keys[i]; mergedItems[o] = items[i]; }
        for (; j < length; j++, o++) { mergedKeys[o] = keys[j]; mergedItems[o] = items[j]; }
        Array.Copy(mergedKeys, keys, length);
        Array.Copy(mergedItems, items, length);
    }
}
