namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// route-chokepoint: scores each usable edge by the share of source→market paths that run through it,
/// the DAG form of edge betweenness between sources and markets (Dell 2015's "vital edges"; Borgatti's
/// key-player idea applied to routes), on the network in use: an edge counts when it carried or lost
/// cocaine last month, is still permitted (routepref &gt; 0), lies within an organization's territory and
/// leads into an open node. Intelligence is thus one month old, like the flow rule's revisits (R8). Path counts come from one forward and one backward pass over the
/// south-to-north node order, O(edges).
/// </summary>
public sealed class ChokepointRanking
{
    private readonly TraffickingWorld _w;
    private readonly double[] _fromSource, _toMarket;

    public ChokepointRanking(TraffickingWorld world)
    {
        _w = world;
        _fromSource = new double[world.Routes.NodeCount];
        _toMarket = new double[world.Routes.NodeCount];
        Score = new double[world.Routes.EdgeCount];
    }

    /// <summary>Share of source→market paths through each edge (0 for unusable edges).</summary>
    public double[] Score { get; }

    public void Compute()
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        Array.Clear(_fromSource);
        Array.Clear(_toMarket);
        _fromSource[routes.Source] = 1;
        for (int v = routes.Source + 1; v < routes.NodeCount; v++) // ids are a topological order, the source first
            foreach (int e in g.InEdges(v))
                if (Usable(e)) _fromSource[v] += _fromSource[g.Source(e)];
        _toMarket[routes.Market] = 1;
        for (int u = routes.Market - 1; u >= 0; u--)
            for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
                if (Usable(e)) _toMarket[u] += _toMarket[g.Target(e)];
        double total = _fromSource[routes.Market];
        for (int e = 0; e < routes.EdgeCount; e++)
            Score[e] = total > 0 && Usable(e) ? _fromSource[g.Source(e)] * _toMarket[g.Target(e)] / total : 0;
    }

    private bool Usable(int e) =>
        (_w.FlowLastMonth[e] > 0 || _w.SeizedLastMonth[e] > 0) && _w.RoutePref[e] > 0 && _w.Territory.IsWithin(e) && !_w.NodeClosed[_w.Routes.Graph.Target(e)];
}
