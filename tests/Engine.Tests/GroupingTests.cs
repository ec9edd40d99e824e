using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class GroupingTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 1)]
    [InlineData(500, 7)]
    public void GroupsByKeyStablyWithGroupRanges(int n, int keys)
    {
        var rng = new System.Random(n + keys);
        var keyOf = Enumerable.Range(0, 2 * n).Select(_ => rng.Next(keys)).ToArray();
        var items = Enumerable.Range(0, 2 * n).Where(_ => rng.NextDouble() < 0.5).Reverse().ToArray(); // any order, subset
        var start = new int[keys + 1];
        var output = new int[items.Length];
        Grouping.ByKey(items, keyOf, start, output);
        var expected = items.OrderBy(i => keyOf[i]).ToArray(); // LINQ's OrderBy is stable
        Assert.Equal(expected, output);
        for (int k = 0; k < keys; k++)
            Assert.Equal(items.Where(i => keyOf[i] == k), output[start[k]..start[k + 1]]);
        Assert.Equal(items.Length, start[keys]);
    }

    [Theory]
    [InlineData(100, 5, 2)]      // one block: the sequential grouping
    [InlineData(20_000, 101, 2)] // ten blocks
    [InlineData(20_000, 3, 1)]
    [InlineData(9_000, 1_001, 2)]
    public void BlockGroupingEqualsTheSequentialGrouping(int n, int keys, int threads)
    {
        var rng = new System.Random(n * keys);
        var keyOf = Enumerable.Range(0, 2 * n).Select(_ => rng.Next(keys)).ToArray();
        var items = Enumerable.Range(0, 2 * n).Where(_ => rng.NextDouble() < 0.5).ToArray();
        var expectedStart = new int[keys + 1];
        var expected = new int[items.Length];
        Grouping.ByKey(items, keyOf, expectedStart, expected);
        using var runner = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var grouping = new BlockGrouping();
        var start = new int[keys + 5]; // longer than needed: only keys + 1 entries are written
        var output = new int[items.Length];
        var padded = items.Concat(new[] { -1, -1 }).ToArray(); // entries past the count are not read
        for (int repeat = 0; repeat < 2; repeat++) // reused: no stale counts
        {
            grouping.ByKey(runner, padded, items.Length, keyOf, keys, start, output);
            Assert.Equal(expected, output);
            Assert.Equal(expectedStart, start[..(keys + 1)]);
        }
    }
}
