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
        InsertionSort(items[lo..(hi + 1)], comparer);
    }

    /// <summary>Puts the k smallest elements, sorted, in items[0..k); the rest follow in no particular order.</summary>
    public static void SortSmallest<T, TComparer>(Span<T> items, int k, TComparer comparer) where TComparer : IComparer<T>
    {
        k = Math.Min(k, items.Length);
        if (k <= 0) return;
        if (k < items.Length) NthElement(items, k - 1, comparer);
        Sort(items[..k], comparer);
    }

    /// <summary>
    /// Sorts with a struct comparer and no allocation (Span.Sort boxes the comparer): insertion sort for short
    /// spans, heapsort otherwise. Not stable; the models' comparers are total orders, so order is unique.
    /// </summary>
    public static void Sort<T, TComparer>(Span<T> items, TComparer comparer) where TComparer : IComparer<T>
    {
        if (items.Length <= 24) { InsertionSort(items, comparer); return; }
        for (int i = items.Length / 2 - 1; i >= 0; i--) SiftDown(items, i, items.Length, comparer);
        for (int end = items.Length - 1; end > 0; end--)
        {
            Swap(items, 0, end);
            SiftDown(items, 0, end, comparer);
        }
    }

    private static void SiftDown<T, TComparer>(Span<T> items, int root, int count, TComparer comparer) where TComparer : IComparer<T>
    {
        while (true)
        {
            int child = 2 * root + 1;
            if (child >= count) return;
            if (child + 1 < count && comparer.Compare(items[child], items[child + 1]) < 0) child++;
            if (comparer.Compare(items[root], items[child]) >= 0) return;
            Swap(items, root, child);
            root = child;
        }
    }

    private static void InsertionSort<T, TComparer>(Span<T> items, TComparer comparer) where TComparer : IComparer<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            T x = items[i];
            int j = i - 1;
            while (j >= 0 && comparer.Compare(items[j], x) > 0) { items[j + 1] = items[j]; j--; }
            items[j + 1] = x;
        }
    }

    private static void Swap<T>(Span<T> items, int a, int b) => (items[a], items[b]) = (items[b], items[a]);
}

/// <summary>Ascending order of doubles as a struct comparer (no interface dispatch in the selection loops).</summary>
public readonly struct DoubleAscending : IComparer<double>
{
    public int Compare(double x, double y) => x.CompareTo(y);
}
