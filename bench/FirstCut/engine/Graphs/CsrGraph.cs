using QuikGraph;

namespace TraffickingAbm.FirstCut.Engine.Graphs;

/// <summary>
/// A directed graph compiled to compressed sparse row arrays for the hot loop. Vertices are 0..N-1.
/// Edge ids are positions in the out-edge arrays: the out-edges of node u are the ids
/// OutStart(u) .. OutEnd(u)-1, sorted by target. Build once with QuikGraph, then compile.
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
        edges.Sort();
        for (int i = 1; i < edges.Count; i++)
            if (edges[i] == edges[i - 1])
                throw new GraphException($"parallel edge {edges[i].U}->{edges[i].V}");

        int m = edges.Count;
        var outOffsets = new int[n + 1];
        var sources = new int[m];
        var targets = new int[m];
        for (int i = 0; i < m; i++)
        {
            sources[i] = edges[i].U;
            targets[i] = edges[i].V;
            outOffsets[edges[i].U + 1]++;
        }
        for (int u = 0; u < n; u++) outOffsets[u + 1] += outOffsets[u];

        var inOffsets = new int[n + 1];
        foreach (var t in targets) inOffsets[t + 1]++;
        for (int v = 0; v < n; v++) inOffsets[v + 1] += inOffsets[v];
        var fill = (int[])inOffsets.Clone();
        var inEdges = new int[m];
        for (int id = 0; id < m; id++) inEdges[fill[targets[id]]++] = id; // ids ascend, so sources ascend

        return new CsrGraph(n, outOffsets, sources, targets, inOffsets, inEdges);
    }
}

/// <summary>A graph that cannot be used as given (bad numbering, parallel edges, cycles where none may be).</summary>
public sealed class GraphException(string message) : Exception(message);
