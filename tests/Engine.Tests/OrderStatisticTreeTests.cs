using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class OrderStatisticTreeTests
{
    private readonly struct ByValueThenId(double[] value) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            int c = value[a].CompareTo(value[b]);
            return c != 0 ? c : a.CompareTo(b);
        }
    }

    private struct Collect(int limit) : OrderStatisticTree<ByValueThenId>.IVisitor
    {
        public List<int> Seen { get; } = new();

        public bool Visit(int id)
        {
            Seen.Add(id);
            return Seen.Count < limit;
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 2)]
    [InlineData(3000, 3)]
    public void MatchesASortedListUnderRandomUpdates(int n, int seed)
    {
        var rng = new System.Random(seed);
        // Few distinct values: ties are broken by id, as the comparer says.
        var value = Enumerable.Range(0, n).Select(_ => (double)rng.Next(0, Math.Max(2, n / 20))).ToArray();
        var order = new ByValueThenId(value);
        var tree = new OrderStatisticTree<ByValueThenId>(n, order);
        var members = Enumerable.Range(0, n).Where(i => i % 7 != 3).ToList();
        members.Sort(order);
        tree.BuildSorted(members.ToArray(), members.Count);

        for (int step = 0; step < 4 * n; step++)
        {
            int id = rng.Next(n);
            if (tree.Contains(id)) { tree.Remove(id); members.Remove(id); }
            value[id] = rng.Next(0, Math.Max(2, n / 20));
            if (rng.NextDouble() < 0.8) { tree.Insert(id); members.Add(id); }
            if (step % 97 != 0) continue;
            members.Sort(order);
            Assert.Equal(members.Count, tree.Count);
            for (int k = 0; k < members.Count; k += Math.Max(1, members.Count / 13)) Assert.Equal(members[k], tree.Select(k));
            var walk = new Collect(int.MaxValue);
            tree.WalkDescending(ref walk);
            Assert.Equal(Enumerable.Reverse(members), walk.Seen);
        }
    }

    [Fact]
    public void AParallelBuildEqualsASequentialOneAndHoldsExactlyItsItems()
    {
        const int n = (1 << 20) / 4 * 5 + 4099; // four fifths are members: past the size from which the subtrees are built at once
        var value = Enumerable.Range(0, n).Select(i => (double)((i * 7919L) % 1000)).ToArray();
        var order = new ByValueThenId(value);
        var members = Enumerable.Range(0, n).Where(i => i % 5 != 2).ToArray();
        Array.Sort(members, order);
        var sequential = new OrderStatisticTree<ByValueThenId>(n, order);
        var parallel = new OrderStatisticTree<ByValueThenId>(n, order);
        sequential.BuildSorted(members, members.Length, threads: 1);
        parallel.BuildSorted(members, members.Length, threads: 2);
        Assert.Equal(members.Length, parallel.Count);
        for (int id = 0; id < n; id++) Assert.Equal(id % 5 != 2, parallel.Contains(id));
        for (int k = 0; k < members.Length; k += 997) Assert.Equal(members[k], parallel.Select(k));
        Assert.Equal(members[^1], parallel.Select(members.Length - 1));
        parallel.Remove(members[0]);
        sequential.Remove(members[0]);
        Assert.Equal(sequential.Select(0), parallel.Select(0));
    }

    [Fact]
    public void AWalkStopsWhenTheVisitorSaysSo()
    {
        var value = new double[] { 5, 1, 4, 2, 3 };
        var tree = new OrderStatisticTree<ByValueThenId>(5, new ByValueThenId(value));
        foreach (int id in new[] { 1, 3, 4, 2, 0 }) tree.Insert(id);
        var walk = new Collect(2);
        tree.WalkDescending(ref walk);
        Assert.Equal([0, 2], walk.Seen);
        Assert.Equal(1, tree.Select(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Select(5));
    }

    [Fact]
    public void RejectsDuplicateInsertAndMissingRemove()
    {
        var tree = new OrderStatisticTree<ByValueThenId>(3, new ByValueThenId([1, 2, 3]));
        tree.Insert(1);
        Assert.Throws<InvalidOperationException>(() => tree.Insert(1));
        Assert.Throws<InvalidOperationException>(() => tree.Remove(2));
    }
}
