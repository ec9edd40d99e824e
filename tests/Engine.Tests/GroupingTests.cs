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
}
