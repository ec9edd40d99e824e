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
            for (int e = 0; e < routes.EdgeCount; e++)
                if (w.Territory.IsWithin(e)) w.RoutePref[e] = 1;
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
        foreach (int e in g.InEdges(routes.Market)) w.RoutePref[e] = 1;
    }
}
