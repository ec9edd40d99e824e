using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class IdSortTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(100, 1_000)]          // below the radix threshold: library sort
    [InlineData(5_000, 2_000)]        // one 11-bit digit, with duplicates
    [InlineData(20_000, 1_000_000)]   // two digits
    [InlineData(30_000, 10_000_000)]  // three digits (a 1M-node world's edge ids)
    [InlineData(3_000, int.MaxValue)] // every bit of a non-negative int
    public void SortsLikeTheLibrarySort(int n, int bound)
    {
        var rng = new System.Random(n);
        var ids = Enumerable.Range(0, n).Select(_ => rng.Next(bound)).ToArray();
        var expected = ids.Order().ToArray();
        var scratch = new int[n + 7];
        IdSort.Sort(ids, scratch, IdSort.NewCounts(), bound);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void RejectsTooShortScratch()
    {
        var ids = Enumerable.Range(0, 1_000).Reverse().ToArray();
        Assert.Throws<ArgumentException>(() => IdSort.Sort(ids, new int[999], IdSort.NewCounts(), 1_000));
    }
}
