using QuikGraph;
using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Engine.Tests;

public class CsrGraphTests
{
    // 0 → 1, 2, 3;  1 → 2;  2 → 0;  3 → 2;  4 isolated. Edges are added out of order on purpose.
    private static CsrGraph SmallGraph()
    {
        var g = new AdjacencyGraph<int, SEdge<int>>();
        g.AddVertexRange([4, 2, 0, 3, 1]);
        g.AddEdge(new SEdge<int>(3, 2));
        g.AddEdge(new SEdge<int>(0, 3));
        g.AddEdge(new SEdge<int>(2, 0));
        g.AddEdge(new SEdge<int>(0, 1));
        g.AddEdge(new SEdge<int>(1, 2));
        g.AddEdge(new SEdge<int>(0, 2));
        return CsrGraph.Compile(g);
    }

    [Fact]
    public void Edges_are_grouped_by_source_and_sorted_by_target()
    {
        var csr = SmallGraph();

        Assert.Equal(5, csr.NodeCount);
        Assert.Equal(6, csr.EdgeCount);
        Assert.Equal(new[] { 0, 0, 0, 1, 2, 3 }, csr.Sources.ToArray());
        Assert.Equal(new[] { 1, 2, 3, 2, 0, 2 }, csr.Targets.ToArray());
        for (int e = 0; e < csr.EdgeCount; e++)
        {
            Assert.Equal(csr.Sources[e], csr.Source(e));
            Assert.Equal(csr.Targets[e], csr.Target(e));
        }
    }

    [Fact]
    public void Out_ranges_and_degrees_are_correct()
    {
        var csr = SmallGraph();

        Assert.Equal(new[] { 0, 3, 4, 5, 6 }, Enumerable.Range(0, 5).Select(csr.OutStart).ToArray());
        Assert.Equal(new[] { 3, 4, 5, 6, 6 }, Enumerable.Range(0, 5).Select(csr.OutEnd).ToArray());
        Assert.Equal(new[] { 3, 1, 1, 1, 0 }, Enumerable.Range(0, 5).Select(csr.OutDegree).ToArray());
        Assert.Equal(new[] { 1, 1, 3, 1, 0 }, Enumerable.Range(0, 5).Select(csr.InDegree).ToArray());
        for (int u = 0; u < 5; u++)
            for (int e = csr.OutStart(u); e < csr.OutEnd(u); e++)
                Assert.Equal(u, csr.Source(e));
    }

    [Fact]
    public void InEdges_list_entering_edge_ids_ordered_by_source()
    {
        var csr = SmallGraph();

        Assert.Equal(new[] { 4 }, csr.InEdges(0).ToArray());       // 2→0
        Assert.Equal(new[] { 0 }, csr.InEdges(1).ToArray());       // 0→1
        Assert.Equal(new[] { 1, 3, 5 }, csr.InEdges(2).ToArray()); // 0→2, 1→2, 3→2
        Assert.Equal(new[] { 2 }, csr.InEdges(3).ToArray());       // 0→3
        Assert.True(csr.InEdges(4).IsEmpty);
        for (int v = 0; v < 5; v++)
            foreach (int e in csr.InEdges(v))
                Assert.Equal(v, csr.Target(e));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(0, 2, 1)]
    [InlineData(0, 3, 2)]
    [InlineData(1, 2, 3)]
    [InlineData(2, 0, 4)]
    [InlineData(3, 2, 5)]
    [InlineData(1, 0, -1)] // reverse of an edge
    [InlineData(2, 1, -1)]
    [InlineData(0, 4, -1)] // target beyond all of 0's targets
    [InlineData(4, 0, -1)] // source with no out-edges
    [InlineData(3, 0, -1)] // target smaller than all of 3's targets
    public void FindEdge_returns_the_edge_id_or_minus_one(int u, int v, int expected)
    {
        var csr = SmallGraph();
        int id = csr.FindEdge(u, v);
        Assert.Equal(expected, id);
        if (id >= 0)
        {
            Assert.Equal(u, csr.Source(id));
            Assert.Equal(v, csr.Target(id));
        }
    }

    [Fact]
    public void FindEdge_finds_every_edge_of_a_denser_graph()
    {
        // 30 nodes, u → v whenever (u·7 + v·3) % 5 == 0: many out-degrees, checks the binary search bounds.
        var g = new AdjacencyGraph<int, SEdge<int>>();
        g.AddVertexRange(Enumerable.Range(0, 30));
        for (int u = 0; u < 30; u++)
            for (int v = 29; v >= 0; v--)
                if (u != v && (u * 7 + v * 3) % 5 == 0) g.AddEdge(new SEdge<int>(u, v));
        var csr = CsrGraph.Compile(g);

        Assert.Equal(g.EdgeCount, csr.EdgeCount);
        for (int u = 0; u < 30; u++)
            for (int v = 0; v < 30; v++)
            {
                bool exists = g.ContainsEdge(u, v);
                int id = csr.FindEdge(u, v);
                Assert.Equal(exists, id >= 0);
                if (exists) Assert.Equal((u, v), (csr.Source(id), csr.Target(id)));
            }
    }

    [Fact]
    public void Empty_graph_compiles()
    {
        var csr = CsrGraph.Compile(new AdjacencyGraph<int, SEdge<int>>());
        Assert.Equal(0, csr.NodeCount);
        Assert.Equal(0, csr.EdgeCount);
    }

    [Fact]
    public void Self_loop_is_rejected()
    {
        var g = new AdjacencyGraph<int, SEdge<int>>();
        g.AddVertexRange([0, 1, 2]);
        g.AddEdge(new SEdge<int>(0, 1));
        g.AddEdge(new SEdge<int>(2, 2));
        var ex = Assert.Throws<GraphException>(() => CsrGraph.Compile(g));
        Assert.Contains("self-loop", ex.Message);
    }

    [Fact]
    public void Parallel_edge_is_rejected()
    {
        var g = new AdjacencyGraph<int, SEdge<int>>(allowParallelEdges: true);
        g.AddVertexRange([0, 1, 2]);
        g.AddEdge(new SEdge<int>(1, 2));
        g.AddEdge(new SEdge<int>(0, 1));
        Assert.True(g.AddEdge(new SEdge<int>(1, 2)));
        Assert.Equal(3, g.EdgeCount);
        var ex = Assert.Throws<GraphException>(() => CsrGraph.Compile(g));
        Assert.Contains("parallel", ex.Message);
    }

    [Fact]
    public void Opposite_edges_are_not_parallel()
    {
        var g = new AdjacencyGraph<int, SEdge<int>>();
        g.AddVertexRange([0, 1]);
        g.AddEdge(new SEdge<int>(0, 1));
        g.AddEdge(new SEdge<int>(1, 0));
        var csr = CsrGraph.Compile(g);
        Assert.Equal(0, csr.FindEdge(0, 1));
        Assert.Equal(1, csr.FindEdge(1, 0));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 3 })]   // gap
    [InlineData(new[] { 1, 2, 3 })]   // not starting at 0
    [InlineData(new[] { -1, 0, 1 })]  // negative
    [InlineData(new[] { 5 })]
    public void Vertices_not_numbered_densely_from_zero_are_rejected(int[] vertices)
    {
        var g = new AdjacencyGraph<int, SEdge<int>>();
        g.AddVertexRange(vertices);
        Assert.Throws<GraphException>(() => CsrGraph.Compile(g));
    }
}
