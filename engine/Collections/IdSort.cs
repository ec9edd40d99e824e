namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// Sorts ids (non-negative ints below a known bound, such as edge ids) in place: an LSD radix sort with
/// 11-bit digits, so the ids of a 10M-edge world take three passes. Linear in the count, where a comparison
/// sort of the tens of thousands of ids a large world touches each month was a sequential tenth of a
/// millisecond and more. Short lists use the library sort. Ids are plain values, so the result is unique.
/// </summary>
public static class IdSort
{
    private const int DigitBits = 11, Radix = 1 << DigitBits, RadixThreshold = 1 << 9;

    /// <summary>Counts buffer that <see cref="Sort"/> needs.</summary>
    public static int[] NewCounts() => new int[Radix];

    /// <summary>
    /// Sorts <paramref name="ids"/> (each in 0..<paramref name="bound"/>−1) ascending, using
    /// <paramref name="scratch"/> (at least as long) and <paramref name="counts"/> (from <see cref="NewCounts"/>).
    /// Allocates nothing.
    /// </summary>
    public static void Sort(Span<int> ids, Span<int> scratch, int[] counts, int bound)
    {
        int n = ids.Length;
        if (n < RadixThreshold)
        {
            ids.Sort();
            return;
        }
        if (scratch.Length < n) throw new ArgumentException($"scratch holds {scratch.Length} ids, need {n}", nameof(scratch));
        if (counts.Length != Radix) throw new ArgumentException($"counts must hold {Radix} entries", nameof(counts));
        Span<int> from = ids, to = scratch[..n];
        bool inScratch = false;
        for (int shift = 0; shift < 31 && bound > 1 << shift; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (int id in from) counts[(id >> shift) & (Radix - 1)]++;
            for (int d = 0, sum = 0; d < Radix; d++) { int c = counts[d]; counts[d] = sum; sum += c; }
            foreach (int id in from) to[counts[(id >> shift) & (Radix - 1)]++] = id;
            var swap = from; from = to; to = swap;
            inScratch = !inScratch;
        }
        if (inScratch) from.CopyTo(ids);
    }
}
