using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The organizations' starting route sets (NarcoLogic 2018 code; R13): each organization has one primary
/// edge from the source to its node of highest price, and every transit node may ship to the market.
/// Interdiction starts at its floor, C0 = sl_min (R9). Without the network agent every territory edge is open.
/// </summary>
public static class InitialNetwork
{
    public static void Apply(TraffickingWorld w)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        w.Capacity = w.Parameters.Interdiction.SlMin;
        if (!w.Parameters.Trafficking.NetworkAgent)
        {
            // Without a network agent there is no route plan: node agents may use every edge of their
            // organization's territory and choose on local information alone (Magliocca et al. 2019).
            Open(w, routes.EdgeCount, marketInEdges: false);
            return;
        }
        // One pass over the source's edges for all organizations (ties: the first edge, i.e. the lower receiver).
        var best = new int[w.Territory.Capacity + 1];
        Array.Fill(best, -1);
        for (int e = g.OutStart(routes.Source); e < g.OutEnd(routes.Source); e++)
        {
            int org = w.Territory.EdgeOrg[e];
            if (best[org] < 0 || routes.Price[g.Target(e)] > routes.Price[g.Target(best[org])]) best[org] = e;
        }
        for (int org = 1; org <= w.Territory.Count; org++)
            if (best[org] >= 0) w.RoutePref[best[org]] = 1;
        Open(w, g.InDegree(routes.Market), marketInEdges: true);
    }

    /// <summary>
    /// Opens the market's in-edges, or every edge within a territory, in parallel blocks (a million or ten
    /// million edges on a 1M-node world); each edge is written once, so the preferences and their figures are
    /// those of a sequential pass.
    /// </summary>
    private static void Open(TraffickingWorld w, int count, bool marketInEdges)
    {
        var changes = new RoutePreferences.Changes[w.Parallel.Threads];
        for (int t = 0; t < changes.Length; t++) changes[t] = new RoutePreferences.Changes();
        w.Parallel.For(count, new OpenBlocks(w, marketInEdges, changes));
        foreach (var c in changes) w.RoutePref.Commit(c);
    }

    private sealed class OpenBlocks(TraffickingWorld w, bool marketInEdges, RoutePreferences.Changes[] changes) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var g = w.Routes.Graph;
            var mine = changes[worker];
            if (marketInEdges)
            {
                var edges = g.InEdges(w.Routes.Market);
                for (int i = start; i < end; i++) w.RoutePref.Set(edges[i], 1, mine);
                return;
            }
            for (int e = start; e < end; e++)
                if (w.Territory.IsWithin(e)) w.RoutePref.Set(e, 1, mine);
        }
    }
}
