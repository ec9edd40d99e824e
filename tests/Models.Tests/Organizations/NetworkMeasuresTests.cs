using QuikGraph;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>
/// <see cref="NetworkMeasures"/> against values computed by hand on small graphs, and Brandes
/// betweenness against an explicit enumeration of every shortest path on random graphs.
/// </summary>
public class NetworkMeasuresTests
{
    private const double Tol = 1e-12;

    internal static List<int>[] Graph(int n, params (int U, int V)[] edges)
    {
        var adj = new List<int>[n];
        for (int v = 0; v < n; v++) adj[v] = [];
        foreach (var (u, v) in edges)
        {
            adj[u].Add(v);
            adj[v].Add(u);
        }
        return adj;
    }

    internal static bool[] All(int n) => Enumerable.Repeat(true, n).ToArray();

    private static List<int>[] Path4() => Graph(4, (0, 1), (1, 2), (2, 3));

    private static List<int>[] Star5() => Graph(5, (0, 1), (0, 2), (0, 3), (0, 4));

    [Fact]
    public void Path_of_four()
    {
        var g = Path4();
        var p = All(4);
        Assert.Equal(0.5, NetworkMeasures.Density(g, p), Tol);
        // Ordered pairs: 6 at distance 1, 4 at distance 2, 2 at distance 3, over 4*3 = 12.
        Assert.Equal((3 * 1 + 2 * 0.5 + 1.0 / 3) * 2 / 12, NetworkMeasures.GlobalEfficiency(g, p), Tol);
        Assert.Equal([0.0, 2.0, 2.0, 0.0], NetworkMeasures.Betweenness(g, p));
        Assert.Equal([1, 2, 2, 1], NetworkMeasures.Degrees(g, p));
        Assert.Equal(1, NetworkMeasures.ComponentCount(g, p));
        Assert.Equal(1.0, NetworkMeasures.LargestComponentShare(g, p), Tol);
        // Max degree 2: (1 + 0 + 0 + 1) / (3 * 2).
        Assert.Equal(2.0 / 6, NetworkMeasures.DegreeCentralization(g, p), Tol);
    }

    [Fact]
    public void Star_of_five()
    {
        var g = Star5();
        var p = All(5);
        Assert.Equal(1.0, NetworkMeasures.DegreeCentralization(g, p), Tol);
        // The centre lies on the only shortest path of each of the C(4,2) = 6 leaf pairs.
        Assert.Equal([6.0, 0.0, 0.0, 0.0, 0.0], NetworkMeasures.Betweenness(g, p));
        Assert.Equal(0.4, NetworkMeasures.Density(g, p), Tol);
        // 8 ordered pairs at distance 1, 12 at distance 2, over 20.
        Assert.Equal((8 + 12 * 0.5) / 20, NetworkMeasures.GlobalEfficiency(g, p), Tol);
    }

    [Fact]
    public void Complete_graph_is_dense_efficient_and_decentralized()
    {
        var g = Graph(4, (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3));
        var p = All(4);
        Assert.Equal(1.0, NetworkMeasures.Density(g, p), Tol);
        Assert.Equal(1.0, NetworkMeasures.GlobalEfficiency(g, p), Tol);
        Assert.Equal(0.0, NetworkMeasures.DegreeCentralization(g, p), Tol);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], NetworkMeasures.Betweenness(g, p));
    }

    [Fact]
    public void Cycle_of_four_splits_betweenness_over_two_geodesics()
    {
        // Each opposite pair has two shortest paths, one through each of the other two vertices.
        var g = Graph(4, (0, 1), (1, 2), (2, 3), (3, 0));
        Assert.Equal([0.5, 0.5, 0.5, 0.5], NetworkMeasures.Betweenness(g, All(4)));
    }

    [Fact]
    public void Triangle_and_isolated_vertex()
    {
        var g = Graph(4, (0, 1), (1, 2), (0, 2));
        var p = All(4);
        Assert.Equal(2, NetworkMeasures.ComponentCount(g, p));
        Assert.Equal(0.75, NetworkMeasures.LargestComponentShare(g, p), Tol);
        Assert.Equal(0.5, NetworkMeasures.Density(g, p), Tol);
        // 6 ordered pairs at distance 1; the 6 pairs with the isolated vertex contribute 0.
        Assert.Equal(6.0 / 12, NetworkMeasures.GlobalEfficiency(g, p), Tol);
    }

    [Fact]
    public void Absent_centre_of_a_star_leaves_isolated_leaves()
    {
        var g = Star5();
        bool[] p = [false, true, true, true, true];
        Assert.Equal(0.0, NetworkMeasures.Density(g, p), Tol);
        Assert.Equal(4, NetworkMeasures.ComponentCount(g, p));
        Assert.Equal(0.25, NetworkMeasures.LargestComponentShare(g, p), Tol);
        Assert.Equal(0.0, NetworkMeasures.GlobalEfficiency(g, p), Tol);
        Assert.Equal(0.0, NetworkMeasures.DegreeCentralization(g, p), Tol);
        Assert.Equal([0, 0, 0, 0, 0], NetworkMeasures.Degrees(g, p));
        Assert.Equal([0.0, 0.0, 0.0, 0.0, 0.0], NetworkMeasures.Betweenness(g, p));
    }

    [Fact]
    public void Absent_end_of_a_path_is_ignored()
    {
        // Path 0-1-2-3 without 3 is a path of three: n = 3, E = 2.
        var g = Path4();
        bool[] p = [true, true, true, false];
        Assert.Equal([0.0, 1.0, 0.0, 0.0], NetworkMeasures.Betweenness(g, p));
        Assert.Equal([1, 2, 1, 0], NetworkMeasures.Degrees(g, p));
        Assert.Equal(2.0 / 3, NetworkMeasures.Density(g, p), Tol);
        Assert.Equal((4 + 2 * 0.5) / 6, NetworkMeasures.GlobalEfficiency(g, p), Tol);
        Assert.Equal(1.0, NetworkMeasures.DegreeCentralization(g, p), Tol);
        Assert.Equal(1.0, NetworkMeasures.LargestComponentShare(g, p), Tol);
        Assert.Equal(1, NetworkMeasures.ComponentCount(g, p));
    }

    [Fact]
    public void Degenerate_sizes_give_zero()
    {
        var empty = Graph(0);
        var none = All(0);
        Assert.Equal(0.0, NetworkMeasures.Density(empty, none));
        Assert.Equal(0.0, NetworkMeasures.LargestComponentShare(empty, none));
        Assert.Equal(0, NetworkMeasures.ComponentCount(empty, none));
        Assert.Equal(0.0, NetworkMeasures.GlobalEfficiency(empty, none));
        Assert.Equal(0.0, NetworkMeasures.DegreeCentralization(empty, none));
        Assert.Empty(NetworkMeasures.Betweenness(empty, none));

        var pair = Graph(2, (0, 1));
        Assert.Equal(1.0, NetworkMeasures.Density(pair, All(2)));
        Assert.Equal(0.0, NetworkMeasures.DegreeCentralization(pair, All(2)));
        bool[] one = [true, false];
        Assert.Equal(0.0, NetworkMeasures.Density(pair, one));
        Assert.Equal(0.0, NetworkMeasures.GlobalEfficiency(pair, one));
        Assert.Equal(1.0, NetworkMeasures.LargestComponentShare(pair, one));
        Assert.Equal(1, NetworkMeasures.ComponentCount(pair, one));
        Assert.Equal(0, NetworkMeasures.ComponentCount(pair, [false, false]));
        Assert.Equal(0.0, NetworkMeasures.LargestComponentShare(pair, [false, false]));
    }

    [Fact]
    public void Mismatched_present_length_throws()
    {
        Assert.Throws<ArgumentException>(() => NetworkMeasures.Density(Path4(), All(3)));
    }

    [Fact]
    public void FromQuikGraph_builds_symmetric_simple_lists()
    {
        var g = new UndirectedGraph<int, SUndirectedEdge<int>>(allowParallelEdges: true);
        g.AddVertexRange([0, 1, 2, 3, 4]);
        g.AddEdge(new SUndirectedEdge<int>(1, 2));
        g.AddEdge(new SUndirectedEdge<int>(0, 1));
        g.AddEdge(new SUndirectedEdge<int>(2, 3));
        g.AddEdge(new SUndirectedEdge<int>(1, 2)); // parallel: merged
        var adj = NetworkMeasures.FromQuikGraph(g, 6); // vertex 5 is not in g: isolated

        Assert.Equal(6, adj.Length);
        Assert.Equal([1], adj[0]);
        Assert.Equal([0, 2], adj[1]);
        Assert.Equal([1, 3], adj[2]);
        Assert.Equal([2], adj[3]);
        Assert.Empty(adj[4]);
        Assert.Empty(adj[5]);
        Assert.Equal([0.0, 2.0, 2.0, 0.0, 0.0, 0.0], NetworkMeasures.Betweenness(adj, All(6)));
        Assert.Equal(3, NetworkMeasures.ComponentCount(adj, All(6)));

        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkMeasures.FromQuikGraph(g, 4));
    }

    /// <summary>
    /// Brandes against the definition: every shortest path between every unordered pair {s, t} of
    /// present vertices is listed explicitly (distances from Floyd–Warshall, not BFS), and each interior
    /// vertex gets (paths through it)/(all paths). Some seeds also mark vertices absent.
    /// </summary>
    [Theory]
    [InlineData(1, 0.12, false)]
    [InlineData(2, 0.12, true)]
    [InlineData(3, 0.20, false)]
    [InlineData(4, 0.08, true)]
    public void Betweenness_matches_brute_force_path_enumeration(int seed, double tieProbability, bool someAbsent)
    {
        const int n = 30;
        var rng = new Random(seed);
        var edges = new List<(int, int)>();
        for (int u = 0; u < n; u++)
            for (int v = u + 1; v < n; v++)
                if (rng.NextDouble() < tieProbability) edges.Add((u, v));
        var g = Graph(n, [.. edges]);
        var present = All(n);
        if (someAbsent)
            for (int v = 0; v < n; v++)
                present[v] = rng.NextDouble() >= 0.2;

        var expected = BruteForceBetweenness(g, present);
        var actual = NetworkMeasures.Betweenness(g, present);
        Assert.True(expected.Sum() > 0, "test graph should have some shortest paths with interior vertices");
        for (int v = 0; v < n; v++)
            Assert.Equal(expected[v], actual[v], 1e-9);
    }

    private static double[] BruteForceBetweenness(List<int>[] g, bool[] present)
    {
        int n = g.Length;
        const int Inf = int.MaxValue / 4;
        var d = new int[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                d[i, j] = i == j ? 0 : Inf;
        for (int u = 0; u < n; u++)
            foreach (int v in g[u])
                if (present[u] && present[v]) d[u, v] = 1;
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    if (d[i, k] + d[k, j] < d[i, j]) d[i, j] = d[i, k] + d[k, j];

        var result = new double[n];
        var through = new long[n];
        var path = new List<int>();
        for (int s = 0; s < n; s++)
            for (int t = s + 1; t < n; t++)
            {
                if (!present[s] || !present[t] || d[s, t] >= Inf) continue;
                Array.Clear(through);
                long total = 0;
                path.Clear();
                path.Add(s);
                Enumerate(s);
                for (int v = 0; v < n; v++) result[v] += (double)through[v] / total;

                void Enumerate(int at)
                {
                    if (at == t)
                    {
                        total++;
                        for (int i = 1; i < path.Count - 1; i++) through[path[i]]++;
                        return;
                    }
                    foreach (int w in g[at])
                        if (present[w] && d[s, w] == d[s, at] + 1 && d[w, t] == d[s, t] - d[s, w])
                        {
                            path.Add(w);
                            Enumerate(w);
                            path.RemoveAt(path.Count - 1);
                        }
                }
            }
        return result;
    }
}
