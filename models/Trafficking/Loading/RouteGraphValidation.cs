using static TraffickingAbm.Models.Trafficking.Loading.RouteGraphColumns;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// The checks shared by the CSV and GraphML readers (docs/route-graphs.md#validation): fields, duplicate ids,
/// edge ends, self-loops, parallel edges, roles, acyclicity and reachability; then the nodes are put in
/// topological order (<see cref="TopologicalOrder"/>) and the edges renumbered and sorted by (From, To).
/// Every failure is a <see cref="Engine.Graphs.GraphException"/> "FILE:LINE: message".
/// </summary>
internal static class RouteGraphValidation
{
    private sealed record ParsedEdge(int From, int To, GraphEdgeRecord Record, int Line);

    /// <param name="origin">For <see cref="RouteGraphFile.Origin"/>.</param>
    /// <param name="nodesOrigin">The file the nodes came from, as errors name it.</param>
    /// <param name="edgesOrigin">The file the edges came from (the same file for GraphML).</param>
    public static RouteGraphFile Build(string origin, string nodesOrigin, IReadOnlyList<RawRecord> nodeRows, string edgesOrigin, IReadOnlyList<RawRecord> edgeRows)
    {
        var nodes = nodeRows.Select(r => ReadNode(nodesOrigin, r)).ToArray();
        var position = IndexIds(nodesOrigin, nodes, nodeRows);
        RequireRoles(nodesOrigin, nodes);
        var edges = ReadEdges(edgesOrigin, Path.GetFileName(nodesOrigin), edgeRows, nodes, position);
        int[] order = Order(edgesOrigin, nodes, edges);
        RequireReachable(nodesOrigin, nodes, nodeRows, edges);

        var index = new int[nodes.Length];
        for (int i = 0; i < order.Length; i++) index[order[i]] = i;
        return new RouteGraphFile
        {
            Origin = origin,
            Nodes = order.Select((p, i) => nodes[p] with { Index = i }).ToArray(),
            Edges = edges.Select(e => e.Record with { From = index[e.From], To = index[e.To] })
                .OrderBy(e => e.From).ThenBy(e => e.To).ToArray(),
        };
    }

    private static GraphNodeRecord ReadNode(string origin, RawRecord row)
    {
        var f = new FieldReader(origin, row);
        var node = new GraphNodeRecord
        {
            Id = f.Text(Id),
            Index = -1,
            Role = f.Role(Role),
            Country = f.Text(Country),
            Lat = f.Real(Lat, double.NaN),
            Lon = f.Real(Lon, double.NaN),
            Organization = f.Integer(Organization, 0),
            CoastKm = f.Real(CoastKm, 1000),
            Population = f.Real(Population, 0.5),
            Border = f.Boolean(Border, false),
            Suitability = f.Real(Suitability, 0.5),
        };
        if (node.Organization != 0 && node.Role is NodeRole.Source or NodeRole.PrecursorSource or NodeRole.Market)
            throw f.Fail(Organization, $"field 'organization' = {node.Organization} is not allowed for a {NodeRoleNames.Name(node.Role)} node; " +
                "allowed: 0 (no organization) for source, precursor-source and market nodes");
        return node;
    }

    /// <summary>File position of each node id; a repeated id is an error at its second line.</summary>
    private static Dictionary<string, int> IndexIds(string origin, GraphNodeRecord[] nodes, IReadOnlyList<RawRecord> rows)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Length; i++)
            if (!position.TryAdd(nodes[i].Id, i))
                throw GraphInput.At(origin, rows[i].Line, $"node id '{nodes[i].Id}' is given twice (first on line {rows[position[nodes[i].Id]].Line})");
        return position;
    }

    private static void RequireRoles(string origin, GraphNodeRecord[] nodes)
    {
        if (!nodes.Any(n => IsSource(n.Role)))
            throw GraphInput.At(origin, 0, "no node has field 'role' = source or precursor-source; a route graph needs at least one source and one market");
        if (!nodes.Any(n => n.Role == NodeRole.Market))
            throw GraphInput.At(origin, 0, "no node has field 'role' = market; a route graph needs at least one source and one market");
    }

    private static List<ParsedEdge> ReadEdges(string origin, string nodesName, IReadOnlyList<RawRecord> rows, GraphNodeRecord[] nodes, Dictionary<string, int> position)
    {
        var edges = new List<ParsedEdge>(rows.Count);
        var firstLine = new Dictionary<(int, int), int>();
        foreach (var row in rows)
        {
            var f = new FieldReader(origin, row);
            string from = f.Text(From), to = f.Text(To);
            string name = $"edge '{from}' -> '{to}'";
            foreach (string end in (string[])[from, to])
                if (!position.ContainsKey(end)) throw GraphInput.At(origin, row.Line, $"{name}: no node '{end}' in {nodesName}");
            int u = position[from], v = position[to];
            if (u == v) throw GraphInput.At(origin, row.Line, $"{name} is a self-loop; an edge must join two different nodes");
            if (!firstLine.TryAdd((u, v), row.Line))
                throw GraphInput.At(origin, row.Line, $"{name} is given twice (first on line {firstLine[(u, v)]}); parallel edges are not allowed, since the model keys edge quantities by (from, to)");
            if (IsSource(nodes[v].Role))
                throw GraphInput.At(origin, row.Line, $"{name} enters '{to}', a {NodeRoleNames.Name(nodes[v].Role)} node; no edge may enter a source or precursor-source");
            if (nodes[u].Role == NodeRole.Market)
                throw GraphInput.At(origin, row.Line, $"{name} leaves '{from}', a market node; no edge may leave a market");
            var record = new GraphEdgeRecord
            {
                From = u,
                To = v,
                Mode = f.Mode(Mode, "land"),
                DistanceKm = f.OptionalReal(DistanceKm),
                CapacityKg = f.OptionalReal(CapacityKg),
                CostUsdPerKg = f.OptionalReal(CostUsdPerKg),
            };
            edges.Add(new ParsedEdge(u, v, record, row.Line));
        }
        return edges;
    }

    private static int[] Order(string origin, GraphNodeRecord[] nodes, List<ParsedEdge> edges)
    {
        int[]? order = TopologicalOrder.Sort(nodes.Length, edges.Select(e => (e.From, e.To)).ToArray(), out int cycleEdge, out int[] cycle);
        if (order is not null) return order;
        var e = edges[cycleEdge];
        string path = string.Join(" -> ", cycle.Append(cycle[0]).Select(v => nodes[v].Id));
        throw GraphInput.At(origin, e.Line, $"edge '{nodes[e.From].Id}' -> '{nodes[e.To].Id}' closes a cycle ({path}); " +
            "the route graph must be acyclic, since shipments move in a topological order");
    }

    /// <summary>Every node lies on a path from a source to a market; the first in the file that does not is named.</summary>
    private static void RequireReachable(string origin, GraphNodeRecord[] nodes, IReadOnlyList<RawRecord> rows, List<ParsedEdge> edges)
    {
        bool[] fromSource = Reach(nodes.Length, nodes.Select(n => IsSource(n.Role)), edges.Select(e => (e.From, e.To)));
        bool[] toMarket = Reach(nodes.Length, nodes.Select(n => n.Role == NodeRole.Market), edges.Select(e => (e.To, e.From)));
        for (int i = 0; i < nodes.Length; i++)
        {
            if (!fromSource[i])
                throw GraphInput.At(origin, rows[i].Line, $"node '{nodes[i].Id}' cannot be reached from any source; every node must lie on a path from a source to a market");
            if (!toMarket[i])
                throw GraphInput.At(origin, rows[i].Line, $"node '{nodes[i].Id}' cannot reach any market; every node must lie on a path from a source to a market");
        }
    }

    /// <summary>Nodes reachable from the start set along the given arcs (breadth-first).</summary>
    private static bool[] Reach(int n, IEnumerable<bool> start, IEnumerable<(int From, int To)> arcs)
    {
        var next = new List<int>[n];
        for (int v = 0; v < n; v++) next[v] = [];
        foreach (var (u, v) in arcs) next[u].Add(v);
        var seen = start.ToArray();
        var queue = new Queue<int>(Enumerable.Range(0, n).Where(v => seen[v]));
        while (queue.TryDequeue(out int u))
            foreach (int v in next[u])
                if (!seen[v]) { seen[v] = true; queue.Enqueue(v); }
        return seen;
    }

    private static bool IsSource(NodeRole role) => role is NodeRole.Source or NodeRole.PrecursorSource;
}
