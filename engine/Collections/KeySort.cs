namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// Sorts items by double keys: an LSD radix sort on the keys' order-preserving 64-bit patterns (8 passes of
/// 8 bits, stable), linear in the length, for the million-element sorts of world construction; with two or
/// more threads the two halves are sorted at once and merged. Small arrays use the library sort. Items with
/// equal keys may come out in any order: callers that need one order break ties afterwards (runs of equal
/// keys are contiguous), so the result never depends on the thread count.
/// </summary>
public static class KeySort
{
    private const int RadixThreshold = 1 << 12, ParallelThreshold = 1 << 20;

    public static void Sort(double[] keys, int[] items, int length, int threads = 1)
    {
        if (length < RadixThreshold)
        {
            keys.AsSpan(0, length).Sort(items.AsSpan(0, length));
            return;
        }
        if (threads < 2 || length < ParallelThreshold)
        {
            Radix(keys.AsSpan(0, length), items.AsSpan(0, length));
            return;
        }
        int half = length / 2;
        System.Threading.Tasks.Parallel.Invoke(
            () => Radix(keys.AsSpan(0, half), items.AsSpan(0, half)),
            () => Radix(keys.AsSpan(half, length - half), items.AsSpan(half, length - half)));
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

    private static void Radix(Span<double> keys, Span<int> items)
    {
        int length = keys.Length;
        var bits = new ulong[length];
        for (int i = 0; i < length; i++) bits[i] = OrderKey(keys[i]);
        var bitsTmp = new ulong[length];
        var itemsTmp = new int[length];
        var itemsCopy = items.ToArray();
        var counts = new int[256];
        ulong[] fromBits = bits, toBits = bitsTmp;
        int[] fromItems = itemsCopy, toItems = itemsTmp;
        for (int shift = 0; shift < 64; shift += 8)
        {
            Array.Clear(counts);
            for (int i = 0; i < length; i++) counts[(int)(fromBits[i] >> shift) & 0xFF]++;
            if (counts[(int)(fromBits[0] >> shift) & 0xFF] == length) continue; // every key has this byte
            for (int b = 0, sum = 0; b < 256; b++) { int c = counts[b]; counts[b] = sum; sum += c; }
            for (int i = 0; i < length; i++)
            {
                int at = counts[(int)(fromBits[i] >> shift) & 0xFF]++;
                toBits[at] = fromBits[i];
                toItems[at] = fromItems[i];
            }
            (fromBits, toBits) = (toBits, fromBits);
            (fromItems, toItems) = (toItems, fromItems);
        }
        fromItems.AsSpan(0, length).CopyTo(items);
        for (int i = 0; i < length; i++) keys[i] = FromOrderKey(fromBits[i]);
    }

    /// <summary>A 64-bit pattern with the order of the double (negative values flipped).</summary>
    private static ulong OrderKey(double v)
    {
        ulong b = (ulong)BitConverter.DoubleToInt64Bits(v);
        return (b & 0x8000_0000_0000_0000UL) != 0 ? ~b : b | 0x8000_0000_0000_0000UL;
    }

    private static double FromOrderKey(ulong k) =>
        BitConverter.Int64BitsToDouble((long)((k & 0x8000_0000_0000_0000UL) != 0 ? k & 0x7FFF_FFFF_FFFF_FFFFUL : ~k));
}
