namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// Kahn's algorithm (Kahn 1962, "Topological sorting of large networks", CACM 5(11):558–562) over nodes
/// numbered by their position in the file. Among the nodes ready at a step, the one first in the file goes
/// first (a min-heap on the file position), so the order, and with it every node index, depends only on the
/// file's contents and never on hashing.
/// </summary>
internal static class TopologicalOrder
{
    /// <summary>
    /// The nodes in topological order, or null when the graph has a cycle; then <paramref name="cycleEdge"/> is the
    /// position in <paramref name="edges"/> of one edge on a cycle and <paramref name="cycle"/> the cycle's nodes
    /// in order (that edge leaves the last and enters the first).
    /// </summary>
    public static int[]? Sort(int nodeCount, IReadOnlyList<(int From, int To)> edges, out int cycleEdge, out int[] cycle)
    {
        var outEdges = new List<int>[nodeCount];
        var inEdges = new List<int>[nodeCount];
        for (int v = 0; v < nodeCount; v++) (outEdges[v], inEdges[v]) = (new List<int>(), new List<int>());
        var inDegree = new int[nodeCount];
        for (int e = 0; e < edges.Count; e++)
        {
            outEdges[edges[e].From].Add(e);
            inEdges[edges[e].To].Add(e);
            inDegree[edges[e].To]++;
        }

        var ready = new PriorityQueue<int, int>();
        for (int v = 0; v < nodeCount; v++)
            if (inDegree[v] == 0) ready.Enqueue(v, v);
        var order = new List<int>(nodeCount);
        while (ready.TryDequeue(out int u, out _))
        {
            order.Add(u);
            foreach (int e in outEdges[u])
                if (--inDegree[edges[e].To] == 0) ready.Enqueue(edges[e].To, edges[e].To);
        }
        if (order.Count == nodeCount)
        {
            (cycleEdge, cycle) = (-1, []);
            return order.ToArray();
        }
        cycleEdge = FindCycle(nodeCount, edges, inEdges, inDegree, out cycle);
        return null;
    }

    /// <summary>
    /// Every node Kahn's algorithm left has an edge in from another node it left, so walking such edges
    /// backwards from the first one left must revisit a node; the walk between the two visits is a cycle.
    /// </summary>
    private static int FindCycle(int nodeCount, IReadOnlyList<(int From, int To)> edges, List<int>[] inEdges, int[] inDegree, out int[] cycle)
    {
        var stepAt = new int[nodeCount];
        Array.Fill(stepAt, -1);
        var walk = new List<(int Node, int EdgeIn)>();
        int v = Array.FindIndex(inDegree, d => d > 0);
        while (stepAt[v] < 0)
        {
            stepAt[v] = walk.Count;
            int e = inEdges[v].First(e => inDegree[edges[e].From] > 0);
            walk.Add((v, e));
            v = edges[e].From;
        }
        // walk[stepAt[v]..] goes backwards around the cycle from v; reversed, it runs forwards and ends at v,
        // and the first step's edge (v -> the cycle's first node) closes it.
        var loop = walk.GetRange(stepAt[v], walk.Count - stepAt[v]);
        loop.Reverse();
        cycle = loop.Select(s => s.Node).ToArray();
        return loop[0].EdgeIn;
    }
}
