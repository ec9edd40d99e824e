using QuikGraph;

namespace TraffickingAbm.Engine.Graphs;

/// <summary>
/// A directed graph compiled to compressed sparse row arrays for the hot loop. Vertices are 0..N-1.
/// Edge ids are positions in the out-edge arrays: the out-edges of node u are the ids
/// OutStart(u) .. OutEnd(u)-1, sorted by target. Build once with QuikGraph, then compile (or, for large
/// generated graphs, from sorted edge arrays).
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _outOffsets; // N+1
    private readonly int[] _sources;    // per edge id
    private readonly int[] _targets;    // per edge id
    private readonly int[] _inOffsets;  // N+1
    private readonly int[] _inEdges;    // edge ids grouped by target, sorted by source

    private CsrGraph(int nodeCount, int[] outOffsets, int[] sources, int[] targets, int[] inOffsets, int[] inEdges)
    {
        NodeCount = nodeCount;
        _outOffsets = outOffsets;
        _sources = sources;
        _targets = targets;
        _inOffsets = inOffsets;
        _inEdges = inEdges;
    }

    public int NodeCount { get; }
    public int EdgeCount => _targets.Length;

    public int OutStart(int node) => _outOffsets[node];
    public int OutEnd(int node) => _outOffsets[node + 1];
    public int OutDegree(int node) => _outOffsets[node + 1] - _outOffsets[node];
    public int InDegree(int node) => _inOffsets[node + 1] - _inOffsets[node];
    public int Source(int edge) => _sources[edge];
    public int Target(int edge) => _targets[edge];
    public ReadOnlySpan<int> Sources => _sources;
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Ids of the edges entering <paramref name="node"/>, ordered by source.</summary>
    public ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inOffsets[node], InDegree(node));

    /// <summary>The id of edge u→v, or -1 when there is none (binary search, O(log out-degree)).</summary>
    public int FindEdge(int u, int v)
    {
        int i = Array.BinarySearch(_targets, _outOffsets[u], _outOffsets[u + 1] - _outOffsets[u], v);
        return i >= 0 ? i : -1;
    }

    /// <summary>
    /// Compiles a QuikGraph graph whose vertices are exactly 0..N-1. Parallel edges and self-loops are
    /// rejected with a <see cref="GraphException"/> because every model quantity is keyed by (u, v).
    /// </summary>
    public static CsrGraph Compile<TEdge>(IVertexAndEdgeListGraph<int, TEdge> graph) where TEdge : IEdge<int>
    {
        int n = graph.VertexCount;
        foreach (int v in graph.Vertices)
            if (v < 0 || v >= n)
                throw new GraphException($"vertex {v} is outside 0..{n - 1}; vertices must be numbered densely from 0");

        var edges = new List<(int U, int V)>(graph.EdgeCount);
        foreach (var e in graph.Edges)
        {
            if (e.Source == e.Target) throw new GraphException($"self-loop at vertex {e.Source}");
            edges.Add((e.Source, e.Target));
        }
        if (!IsSorted(edges)) edges.Sort(); // generators usually add edges in (source, target) order already
        for (int i = 1; i < edges.Count; i++)
            if (edges[i] == edges[i - 1])
                throw new GraphException($"parallel edge {edges[i].U}->{edges[i].V}");

        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        for (int i = 0; i < edges.Count; i++) (sources[i], targets[i]) = edges[i];
        return Assemble(n, sources, targets);
    }

    /// <summary>
    /// Builds the graph straight from edge arrays already sorted by (source, target), for generated graphs too
    /// large to pass through QuikGraph cheaply (10M edges). The arrays are kept, not copied. The same checks
    /// as <see cref="Compile"/>: vertices in 0..N−1, no self-loops, no parallel edges, and the order.
    /// </summary>
    public static CsrGraph FromSortedEdges(int nodeCount, int[] sources, int[] targets)
    {
        if (sources.Length != targets.Length) throw new ArgumentException("sources and targets differ in length");
        for (int i = 0; i < sources.Length; i++)
        {
            int u = sources[i], v = targets[i];
            if ((uint)u >= (uint)nodeCount || (uint)v >= (uint)nodeCount)
                throw new GraphException($"edge {u}->{v} has a vertex outside 0..{nodeCount - 1}");
            if (u == v) throw new GraphException($"self-loop at vertex {u}");
            if (i > 0 && (sources[i - 1], targets[i - 1]).CompareTo((u, v)) >= 0)
                throw new GraphException(sources[i - 1] == u && targets[i - 1] == v
                    ? $"parallel edge {u}->{v}"
                    : $"edges are not sorted by (source, target) at {u}->{v}");
        }
        return Assemble(nodeCount, sources, targets);
    }

    private static CsrGraph Assemble(int n, int[] sources, int[] targets)
    {
        int m = sources.Length;
        var outOffsets = new int[n + 1];
        foreach (int u in sources) outOffsets[u + 1]++;
        for (int u = 0; u < n; u++) outOffsets[u + 1] += outOffsets[u];

        var inOffsets = new int[n + 1];
        foreach (var t in targets) inOffsets[t + 1]++;
        for (int v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
        var fill = (int[])inOffsets.Clone();
        var inEdges = new int[m];
        for (int id = 0; id < m; id++) inEdges[fill[targets[id]]++] = id; // ids ascend, so sources ascend

        return new CsrGraph(n, outOffsets, sources, targets, inOffsets, inEdges);
    }

    private static bool IsSorted(List<(int U, int V)> edges)
    {
        for (int i = 1; i < edges.Count; i++)
            if (edges[i].CompareTo(edges[i - 1]) < 0) return false;
        return true;
    }
}

/// <summary>A graph that cannot be used as given (bad numbering, parallel edges, cycles where none may be).</summary>
public sealed class GraphException(string message) : Exception(message);
