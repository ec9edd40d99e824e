using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>
/// Reference for the month's shipping (R2–R6) as docs/model.md §3 and §7.8 state it: the source, then every other
/// node in index order, each gathering its candidates by a scan of its out-edges, valuing them, keeping (per
/// organization at the source) and splitting, on one thread, with none of <see cref="RouteChoice"/>'s machinery
/// (stocked-node heap and pass, organization-parallel shipping, the source's permitted-edge bitset, element-wise
/// blocks, the one-pass per-organization selection, totals summed afterwards over the active edges). It works on
/// copies of the world's stock, flow and seizures.
/// </summary>
internal sealed class ReferenceShipping(TraffickingWorld w)
{
    public double[] Stock = [], Flow = [], Seized = [];
    public double OutflowKg, SeizedKg, DeliveredKg;
    public bool AnyCapped;
    private double[] _pref = [];

    public void Ship()
    {
        (Stock, Flow, Seized) = ((double[])w.Stock.Clone(), (double[])w.Flow.Clone(), (double[])w.Seized.Clone());
        OutflowKg = SeizedKg = DeliveredKg = 0;
        _pref = w.RoutePref.ToArray();
        var routes = w.Routes;
        ShipNode(routes.Source);
        for (int u = 0; u < routes.NodeCount; u++)
            if (u != routes.Source && u != routes.Market) ShipNode(u);
    }

    private void ShipNode(int u)
    {
        if (!(Stock[u] > 0) || w.NodeClosed[u]) return;
        var routes = w.Routes;
        var g = routes.Graph;
        var pref = _pref;
        bool source = u == routes.Source;
        var outlets = Enumerable.Range(g.OutStart(u), g.OutEnd(u) - g.OutStart(u))
            .Where(e => RouteCandidates.IsOutlet(w.Territory.IsWithin(e), w.NodeClosed[g.Target(e)])).ToArray();
        var candidates = outlets.Where(e => RouteCandidates.IsPermitted(pref[e])).ToArray();
        if (RouteCandidates.FallsBack(candidates.Length, source, outlets.Length > 0))
        {
            double best = outlets.Max(e => pref[e]);
            candidates = outlets.Where(e => pref[e] == best).ToArray();
        }
        int n = candidates.Length;
        if (n == 0) return;

        double stock = Stock[u];
        double[] xNo = new double[n], xEv = new double[n], value = new double[n], weight = new double[n];
        for (int i = 0; i < n; i++)
        {
            int e = candidates[i];
            double q = RouteValuation.TrialQuantity(stock / n, routes.CapacityKg[e]);
            xNo[i] = RouteValuation.PayoffNoEvent(routes.AddedValue(e), w.EffectiveCost(e), q);
            xEv[i] = RouteValuation.PayoffEvent(w.EffectiveCost(e), q);
        }
        double sumNo = 0, sumEv = 0;
        for (int i = 0; i < n; i++) (sumNo, sumEv) = (sumNo + xNo[i], sumEv + xEv[i]);
        for (int i = 0; i < n; i++)
            value[i] = RouteValuation.SalientValue(xNo[i], xEv[i], w.PerceivedRisk[candidates[i]], w.Parameters.Trafficking.LocThink, n, sumNo, sumEv);

        // R3, group by group: at the source each organization's candidates, elsewhere all of them.
        var kept = new bool[n];
        for (int i = 0; i < n; i++) kept[i] = ShipmentAcceptance.IsKept(pref[candidates[i]], value[i]);
        foreach (var group in Enumerable.Range(0, n).GroupBy(i => source ? w.Territory.EdgeOrg[candidates[i]] : 0))
        {
            if (group.Any(i => kept[i])) continue;
            int safest = group.First();
            foreach (int i in group)
                if (ShipmentAcceptance.IsSafer(w.PerceivedRisk[candidates[i]], value[i], candidates[i],
                        w.PerceivedRisk[candidates[safest]], value[safest], candidates[safest])) safest = i;
            kept[safest] = true;
        }

        // R4.
        bool byRisk = value.Any(v => v <= 0);
        double total = 0;
        for (int i = 0; i < n; i++) total += weight[i] = ShipmentAcceptance.SplitWeight(kept[i], byRisk, w.PerceivedRisk[candidates[i]], value[i]);
        if (total <= 0)
        {
            total = 0;
            for (int i = 0; i < n; i++) total += weight[i] = kept[i] ? 1 : 0;
        }
        for (int i = 0; i < n; i++)
        {
            if (!kept[i]) continue;
            int e = candidates[i];
            double access = source ? w.SupplyAccess[w.Territory.EdgeOrg[e]] : 1;
            double amount = ShipmentAcceptance.Amount(stock, weight[i], total, access, routes.CapacityKg[e]);
            AnyCapped |= amount == routes.CapacityKg[e];
            amount = Math.Min(amount, Stock[u]);
            if (!ShipmentAcceptance.IsResidue(amount)) Send(u, e, g.Target(e), amount);
        }
    }

    /// <summary>R6: a shipment on a targeted edge is seized in full; otherwise it reaches the receiver or the market.</summary>
    private void Send(int u, int e, int v, double kg)
    {
        Stock[u] -= kg;
        if (u == w.Routes.Source) OutflowKg += kg;
        if (w.Targeted[e])
        {
            Seized[e] += kg;
            SeizedKg += kg;
            return;
        }
        Flow[e] += kg;
        if (v == w.Routes.Market) DeliveredKg += kg;
        else Stock[v] += kg;
    }
}
