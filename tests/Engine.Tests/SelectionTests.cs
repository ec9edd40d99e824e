using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class SelectionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(17, 3)]
    [InlineData(1000, 7)]
    [InlineData(5000, 11)]
    public void NthElementMatchesAFullSort(int n, int seed)
    {
        var rng = new System.Random(seed);
        // Many ties: values drawn from a small set exercise the equal-to-pivot path.
        var values = Enumerable.Range(0, n).Select(_ => (double)rng.Next(0, Math.Max(2, n / 10))).ToArray();
        var sorted = values.Order().ToArray();
        foreach (int k in new[] { 0, n / 3, n / 2, n - 1 }.Distinct())
        {
            var copy = (double[])values.Clone();
            Selection.NthElement(copy.AsSpan(), k, new DoubleAscending());
            Assert.Equal(sorted[k], copy[k]);
            Assert.All(copy.Take(k), v => Assert.True(v <= copy[k]));
            Assert.All(copy.Skip(k + 1), v => Assert.True(v >= copy[k]));
            Assert.Equal(sorted, copy.Order().ToArray()); // a permutation: nothing lost or duplicated
        }
    }

    [Fact]
    public void SortSmallestEqualsThePrefixOfAFullSort()
    {
        var rng = new System.Random(5);
        var items = Enumerable.Range(0, 2000).Select(_ => rng.Next(0, 300)).ToArray();
        var full = items.Order().ToArray();
        foreach (int k in new[] { 1, 19, 113, 2000, 5000 })
        {
            var copy = (int[])items.Clone();
            Selection.SortSmallest(copy.AsSpan(), k, Comparer<int>.Default);
            Assert.Equal(full.Take(Math.Min(k, 2000)), copy.Take(Math.Min(k, 2000)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(1000)]
    public void SortOrdersLikeArraySort(int n)
    {
        var rng = new System.Random(n + 1);
        var items = Enumerable.Range(0, n).Select(_ => rng.Next(0, 50)).ToArray();
        var copy = (int[])items.Clone();
        Selection.Sort(copy.AsSpan(), Comparer<int>.Default);
        Assert.Equal(items.Order(), copy);
    }
}

public class KeySortTests
{
    [Theory]
    [InlineData(10, 1)]
    [InlineData(5000, 1)]
    [InlineData(100_000, 1)]
    [InlineData(1_100_000, 1)]
    [InlineData(1_100_000, 2)] // 34 blocks on two threads
    public void SortsLikeTheLibrarySortWithNegativesZerosAndTies(int n, int threads)
    {
        var rng = new System.Random(n);
        var keys = Enumerable.Range(0, n).Select(_ => Math.Round(rng.NextDouble() * 200 - 100, 1)).ToArray();
        keys[0] = -0.0;
        keys[n / 2] = double.MaxValue;
        var items = Enumerable.Range(0, n).ToArray();
        var expectedKeys = (double[])keys.Clone();
        Array.Sort(expectedKeys);
        var original = (double[])keys.Clone();
        using var runner = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        KeySort.Sort(keys, items, n, runner);
        Assert.Equal(expectedKeys.Select(k => k == 0 ? 0 : k), keys.Select(k => k == 0 ? 0 : k)); // -0 and 0 compare equal
        for (int i = 0; i < n; i++) Assert.True(original[items[i]].Equals(keys[i]), $"item {items[i]} lost its key"); // moved together
        Assert.Equal(Enumerable.Range(0, n), items.Order());                 // a permutation
        if (n < 4096) return;
        for (int i = 1; i < n; i++) // radix sizes are stable: equal keys (same bits) keep the input order
            if (BitConverter.DoubleToInt64Bits(keys[i]) == BitConverter.DoubleToInt64Bits(keys[i - 1])) Assert.True(items[i - 1] < items[i]);
    }

    /// <summary>
    /// Keys 1 + k·2⁻⁵² differ only in their lowest one or two bytes, so the sort makes one pass (the order ends in
    /// its scratch arrays and is copied back) or two (it ends in the caller's arrays): both must come out sorted.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    public void SortsWhenAnOddOrEvenNumberOfPassesRuns(int varyingBytes, int threads)
    {
        const int n = 100_000;
        var rng = new System.Random(varyingBytes);
        int range = 1 << (8 * varyingBytes);
        var keys = Enumerable.Range(0, n).Select(_ => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) + rng.Next(range))).ToArray();
        var original = (double[])keys.Clone();
        var items = Enumerable.Range(0, n).ToArray();
        using var runner = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        KeySort.Sort(keys, items, n, runner);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(original[items[i]], keys[i]);
            if (i > 0) Assert.True(keys[i - 1] < keys[i] || keys[i - 1] == keys[i] && items[i - 1] < items[i], $"out of order at {i}");
        }
    }
}
