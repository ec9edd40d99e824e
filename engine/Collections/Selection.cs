namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// Order statistics without a full sort (Hoare's quickselect with median-of-three pivots): the k-th element,
/// or the k smallest in order, in O(n) expected time plus O(k log k). With a total order (ties broken, as
/// the models' comparers do) the result equals the first k of a full sort exactly. Allocates nothing.
/// </summary>
public static class Selection
{
    /// <summary>Rearranges <paramref name="items"/> so that items[k] holds the element a sort would put there,
    /// nothing greater before it and nothing smaller after it.</summary>
    public static void NthElement<T, TComparer>(Span<T> items, int k, TComparer comparer) where TComparer : IComparer<T>
    {
        if ((uint)k >= (uint)items.Length) throw new ArgumentOutOfRangeException(nameof(k));
        int lo = 0, hi = items.Length - 1;
        while (hi - lo > 16)
        {
            int mid = lo + (hi - lo) / 2;
            // Median of three to items[mid]; it is the pivot.
            if (comparer.Compare(items[mid], items[lo]) < 0) Swap(items, mid, lo);
            if (comparer.Compare(items[hi], items[lo]) < 0) Swap(items, hi, lo);
            if (comparer.Compare(items[hi], items[mid]) < 0) Swap(items, hi, mid);
            T pivot = items[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (comparer.Compare(items[i], pivot) < 0) i++;
                while (comparer.Compare(pivot, items[j]) < 0) j--;
                if (i <= j) { Swap(items, i, j); i++; j--; }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return; // items[j+1 .. i-1] equal the pivot and hold k
        }
        items[lo..(hi + 1)].Sort(comparer);
    }

    /// <summary>Puts the k smallest elements, sorted, in items[0..k); the rest follow in no particular order.</summary>
    public static void SortSmallest<T, TComparer>(Span<T> items, int k, TComparer comparer) where TComparer : IComparer<T>
    {
        k = Math.Min(k, items.Length);
        if (k <= 0) return;
        if (k < items.Length) NthElement(items, k - 1, comparer);
        items[..k].Sort(comparer);
    }

    private static void Swap<T>(Span<T> items, int a, int b) => (items[a], items[b]) = (items[b], items[a]);
}

/// <summary>Ascending order of doubles as a struct comparer (no interface dispatch in the selection loops).</summary>
public readonly struct DoubleAscending : IComparer<double>
{
    public int Compare(double x, double y) => x.CompareTo(y);
}
