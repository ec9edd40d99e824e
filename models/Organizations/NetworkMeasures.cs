using System.Runtime.InteropServices;
using QuikGraph;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Social-network measures of an undirected simple graph given as adjacency lists over a subset of
/// "present" vertices: <c>adjacency[v]</c> lists v's neighbours (symmetric, no self-loops, no
/// duplicates) and <c>present[v]</c> says whether v counts. Vertices that are not present, and ties to
/// them, are ignored by every measure, so removing an actor is just clearing its flag. n below is the
/// number of present vertices. All shortest paths are found by breadth-first search (the graphs are
/// small, under a few thousand vertices per component); every method is deterministic. The algorithms run
/// on the concrete <c>List&lt;int&gt;[]</c> and <c>bool[]</c> the model passes (no interface calls or boxed
/// enumerators in the inner loops, which dominate with tens of thousands of members); other inputs are copied
/// to those types first. Callers that measure every month pass a <see cref="MeasureBuffers"/> so that
/// measuring allocates nothing.
/// </summary>
public static class NetworkMeasures
{
    /// <summary>
    /// Density 2E/(n(n-1)), E the number of ties between present vertices: the share of possible ties
    /// that exist (Wasserman &amp; Faust 1994, Social Network Analysis). 0 when n &lt; 2.
    /// </summary>
    public static double Density(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        int n = CountPresent(pres);
        if (n < 2) return 0.0;
        long twiceEdges = 0;
        foreach (int d in DegreesOf(adj, pres, Buffers(buffers, adj.Length))) twiceEdges += d;
        return twiceEdges / ((double)n * (n - 1));
    }

    /// <summary>
    /// Size of the largest connected component of the present subgraph divided by n, a standard
    /// measure of how far removals have fragmented a network. 0 when n = 0.
    /// </summary>
    public static double LargestComponentShare(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        int n = CountPresent(pres);
        if (n == 0) return 0.0;
        int largest = 0;
        foreach (int size in ComponentSizes(adj, pres, Buffers(buffers, adj.Length))) largest = Math.Max(largest, size);
        return (double)largest / n;
    }

    /// <summary>Number of connected components of the present subgraph (an isolated vertex is one).</summary>
    public static int ComponentCount(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        return ComponentSizes(adj, pres, Buffers(buffers, adj.Length)).Count;
    }

    /// <summary>
    /// Global efficiency (Latora &amp; Marchiori 2001, Phys. Rev. Lett. 87:198701): the mean over
    /// ordered pairs i ≠ j of present vertices of 1/d(i,j), with 1/d = 0 when j is unreachable from i.
    /// 0 when n &lt; 2.
    /// </summary>
    public static double GlobalEfficiency(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        int n = CountPresent(pres);
        if (n < 2) return 0.0;
        int count = adj.Length;
        var b = Buffers(buffers, count);
        var dist = b.Dist; // all −1 between calls
        var queue = b.Queue;
        double sum = 0.0;
        for (int s = 0; s < count; s++)
        {
            if (!pres[s]) continue;
            dist[s] = 0;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                int v = queue[head++];
                foreach (int w in CollectionsMarshal.AsSpan(adj[v]))
                {
                    if (!pres[w] || dist[w] >= 0) continue;
                    dist[w] = dist[v] + 1;
                    sum += 1.0 / dist[w];
                    queue[tail++] = w;
                }
            }
            // Reset only what this search reached: a full reset per source would cost O(n²) over many
            // small components (hundreds of organizations), while this costs O(component).
            for (int i = 0; i < tail; i++) dist[queue[i]] = -1;
        }
        return sum / ((double)n * (n - 1));
    }

    /// <summary>
    /// Freeman's degree centralization (Freeman 1978, Social Networks 1:215):
    /// Σ_i (max degree − deg_i) / (n² − 3n + 2), the denominator being the maximum of the sum, reached
    /// by a star; so 1 for a star and 0 for a regular graph. 0 when n &lt; 3.
    /// </summary>
    public static double DegreeCentralization(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        int n = CountPresent(pres);
        if (n < 3) return 0.0;
        var degrees = DegreesOf(adj, pres, Buffers(buffers, adj.Length));
        int max = 0;
        for (int v = 0; v < degrees.Length; v++)
            if (pres[v]) max = Math.Max(max, degrees[v]);
        long sum = 0;
        for (int v = 0; v < degrees.Length; v++)
            if (pres[v]) sum += max - degrees[v];
        return sum / ((double)(n - 1) * (n - 2));
    }

    /// <summary>
    /// Unnormalized betweenness centrality by Brandes' algorithm (Brandes 2001, J. Math. Sociol.
    /// 25:163): for each v, Σ over unordered pairs {s, t} of present vertices with s ≠ v ≠ t of
    /// σ_st(v)/σ_st, the share of shortest s–t paths through v. Undirected, so each pair is counted
    /// once (the directed accumulation is halved). 0 for absent vertices; length = adjacency.Count. With
    /// <paramref name="buffers"/> the array returned is theirs, overwritten by the next call.
    /// </summary>
    public static double[] Betweenness(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        int count = adj.Length;
        var b = Buffers(buffers, count);
        var centrality = b.Centrality;
        Array.Clear(centrality);
        var dist = b.Dist;   // all −1 between calls
        var sigma = b.Sigma; // all 0 between calls
        var delta = b.Delta; // all 0 between calls
        var order = b.Queue; // BFS visiting order, used in reverse as Brandes' stack S
        for (int s = 0; s < count; s++)
        {
            if (!pres[s]) continue;
            dist[s] = 0;
            sigma[s] = 1.0;
            int head = 0, tail = 0;
            order[tail++] = s;
            while (head < tail)
            {
                int v = order[head++];
                foreach (int w in CollectionsMarshal.AsSpan(adj[v]))
                {
                    if (!pres[w]) continue;
                    if (dist[w] < 0)
                    {
                        dist[w] = dist[v] + 1;
                        order[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            // Dependency accumulation in order of non-increasing distance; the predecessors of w are its
            // present neighbours one step closer to s.
            for (int i = tail - 1; i > 0; i--)
            {
                int w = order[i];
                foreach (int v in CollectionsMarshal.AsSpan(adj[w]))
                    if (pres[v] && dist[v] >= 0 && dist[v] == dist[w] - 1)
                        delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                centrality[w] += delta[w];
            }
            // Reset only the vertices this search reached (O(component), not O(n), per source).
            for (int i = 0; i < tail; i++)
            {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
        for (int v = 0; v < count; v++) centrality[v] /= 2.0;
        return centrality;
    }

    /// <summary>
    /// Degree of each vertex counting present neighbours only (Freeman 1978, Social Networks 1:215,
    /// C_D(p_k)); 0 for absent vertices. Length = adjacency.Count. With <paramref name="buffers"/> the
    /// array returned is theirs, overwritten by the next call that measures degrees.
    /// </summary>
    public static int[] Degrees(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present, MeasureBuffers? buffers = null)
    {
        var (adj, pres) = Concrete(adjacency, present);
        return DegreesOf(adj, pres, Buffers(buffers, adj.Length));
    }

    private static int[] DegreesOf(List<int>[] adj, bool[] pres, MeasureBuffers b)
    {
        var degrees = b.Degrees;
        Array.Clear(degrees);
        for (int v = 0; v < adj.Length; v++)
        {
            if (!pres[v]) continue;
            int d = 0;
            foreach (int w in CollectionsMarshal.AsSpan(adj[v]))
                if (pres[w]) d++;
            degrees[v] = d;
        }
        return degrees;
    }

    /// <summary>
    /// Symmetric adjacency lists of a QuikGraph undirected graph whose vertices are numbered
    /// 0..<paramref name="vertexCount"/>−1, each list sorted ascending. Self-loops are dropped and
    /// parallel edges merged so that the result is a simple graph.
    /// </summary>
    public static List<int>[] FromQuikGraph(IUndirectedGraph<int, SUndirectedEdge<int>> g, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        var sets = new SortedSet<int>[vertexCount];
        for (int v = 0; v < vertexCount; v++) sets[v] = [];
        foreach (int v in g.Vertices)
            if (v < 0 || v >= vertexCount)
                throw new ArgumentOutOfRangeException(nameof(g), $"vertex {v} is outside 0..{vertexCount - 1}");
        foreach (var e in g.Edges)
        {
            if (e.Source == e.Target) continue;
            sets[e.Source].Add(e.Target);
            sets[e.Target].Add(e.Source);
        }
        var adjacency = new List<int>[vertexCount];
        for (int v = 0; v < vertexCount; v++) adjacency[v] = [.. sets[v]];
        return adjacency;
    }

    /// <summary>Checks the arguments and returns them as the concrete types the algorithms use (copied if need be).</summary>
    private static (List<int>[] Adjacency, bool[] Present) Concrete(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<bool> present)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        ArgumentNullException.ThrowIfNull(present);
        if (present.Count != adjacency.Count)
            throw new ArgumentException($"present has {present.Count} entries but adjacency has {adjacency.Count}", nameof(present));
        if (adjacency is not List<int>[] adj)
        {
            adj = new List<int>[adjacency.Count];
            for (int v = 0; v < adj.Length; v++) adj[v] = [.. adjacency[v]];
        }
        if (present is not bool[] pres)
        {
            pres = new bool[present.Count];
            for (int v = 0; v < pres.Length; v++) pres[v] = present[v];
        }
        return (adj, pres);
    }

    private static MeasureBuffers Buffers(MeasureBuffers? buffers, int count)
    {
        if (buffers is null) return new MeasureBuffers(count);
        if (buffers.Count != count) throw new ArgumentException($"buffers are for {buffers.Count} vertices, the graph has {count}", nameof(buffers));
        return buffers;
    }

    private static int CountPresent(bool[] present)
    {
        int n = 0;
        for (int v = 0; v < present.Length; v++)
            if (present[v]) n++;
        return n;
    }

    /// <summary>Sizes of the connected components of the present subgraph, in order of their lowest vertex.</summary>
    private static List<int> ComponentSizes(List<int>[] adjacency, bool[] present, MeasureBuffers b)
    {
        int count = adjacency.Length;
        var seen = b.Seen;
        Array.Clear(seen);
        var queue = b.Queue;
        var sizes = b.Sizes;
        sizes.Clear();
        for (int s = 0; s < count; s++)
        {
            if (!present[s] || seen[s]) continue;
            seen[s] = true;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                int v = queue[head++];
                foreach (int w in CollectionsMarshal.AsSpan(adjacency[v]))
                {
                    if (!present[w] || seen[w]) continue;
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
            sizes.Add(tail);
        }
        return sizes;
    }
}

/// <summary>
/// Working arrays of <see cref="NetworkMeasures"/> for graphs of <see cref="Count"/> vertices, reused from
/// call to call so that measuring every month allocates nothing. The arrays that <c>Degrees</c> and
/// <c>Betweenness</c> return with buffers are these buffers' own, overwritten by the next such call.
/// </summary>
public sealed class MeasureBuffers
{
    public MeasureBuffers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        Dist = new int[count];
        Array.Fill(Dist, -1);
        Queue = new int[count];
        Degrees = new int[count];
        Sigma = new double[count];
        Delta = new double[count];
        Centrality = new double[count];
        Seen = new bool[count];
    }

    public int Count { get; }

    // Dist is all −1 and Sigma, Delta all 0 between calls: the searches reset only what they reached.
    internal int[] Dist { get; }
    internal int[] Queue { get; }
    internal int[] Degrees { get; }
    internal double[] Sigma { get; }
    internal double[] Delta { get; }
    internal double[] Centrality { get; }
    internal bool[] Seen { get; }
    internal List<int> Sizes { get; } = [];
}
