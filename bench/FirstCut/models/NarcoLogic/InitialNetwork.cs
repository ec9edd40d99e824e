namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>
/// The organizations' starting route sets (NarcoLogic 2018 code; R13): each organization has one primary
/// edge from the source to its node of highest price, and every transit node may ship to the market.
/// Interdiction starts at its floor, C0 = sl_min (R9).
/// </summary>
public static class InitialNetwork
{
    public static void Apply(TraffickingWorld w)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        for (int org = 1; org <= routes.Organizations; org++)
        {
            int best = -1;
            for (int e = g.OutStart(routes.Source); e < g.OutEnd(routes.Source); e++)
            {
                if (routes.EdgeOrganization[e] != org) continue;
                if (best < 0 || routes.Price[g.Target(e)] > routes.Price[g.Target(best)]) best = e;
            }
            if (best >= 0) w.RoutePref[best] = 1;
        }
        foreach (int e in g.InEdges(routes.Market)) w.RoutePref[e] = 1;
        w.Capacity = w.Parameters.Interdiction.SlMin;
    }
}
