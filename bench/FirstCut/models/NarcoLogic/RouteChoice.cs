namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>
/// Node agents (NarcoLogic 2018 code; R2–R6): processed in index order, south to north, so a shipment can
/// cross several hops in one month. Each node values its candidate outlets as a "local thinker"
/// (salience-weighted expected payoff; Bordalo, Gennaioli &amp; Shleifer 2012), keeps the positive ones and
/// splits its stock over them. Shipments on an edge with a seizure-and-loss event are seized in full.
/// </summary>
public sealed class RouteChoice
{
    private readonly TraffickingWorld _w;
    private readonly int[] _candidates;
    private readonly double[] _value, _share;
    private readonly bool[] _kept;

    public RouteChoice(TraffickingWorld world)
    {
        _w = world;
        int maxDegree = 0;
        for (int u = 0; u < world.Routes.NodeCount; u++) maxDegree = Math.Max(maxDegree, world.Routes.Graph.OutDegree(u));
        _candidates = new int[maxDegree];
        _value = new double[maxDegree];
        _share = new double[maxDegree];
        _kept = new bool[maxDegree];
    }

    /// <summary>Step 2 of the schedule: every node with stock ships it on, source first, market excluded.</summary>
    public void ShipAll()
    {
        var routes = _w.Routes;
        for (int u = 0; u < routes.Market; u++)
            if (_w.Stock[u] > 0) Ship(u);
    }

    private void Ship(int u)
    {
        var w = _w;
        double stock = w.Stock[u];
        int n = GatherCandidates(u);
        if (n == 0) return;

        var g = w.Routes.Graph;
        double q0 = stock / n;
        // Payoffs per state, R2: no event (Δprice − cost)·q, event −cost·q; q = min(stock / candidates, capacity).
        double sumNoEvent = 0, sumEvent = 0;
        for (int i = 0; i < n; i++)
        {
            int e = _candidates[i];
            double q = Math.Min(q0, w.Routes.CapacityKg[e]);
            sumNoEvent += (w.Routes.AddedValue(e) - w.Cost[e]) * q;
            sumEvent += -w.Cost[e] * q;
        }
        bool anyNonPositive = false;
        for (int i = 0; i < n; i++)
        {
            int e = _candidates[i];
            double q = Math.Min(q0, w.Routes.CapacityKg[e]);
            double xNo = (w.Routes.AddedValue(e) - w.Cost[e]) * q, xEv = -w.Cost[e] * q;
            _value[i] = SalientValue(xNo, xEv, w.PerceivedRisk[e], n, sumNoEvent, sumEvent);
            anyNonPositive |= _value[i] <= 0;
        }

        Select(u, n);

        // R4: shares ∝ value when every candidate is positive, else ∝ (1 − perceived risk); capped by capacity.
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            _share[i] = !_kept[i] ? 0 : anyNonPositive ? 1 - w.PerceivedRisk[_candidates[i]] : _value[i];
            total += _share[i];
        }
        if (total <= 0) // every kept outlet is perceived certain to fail: split evenly
        {
            for (int i = 0; i < n; i++) _share[i] = _kept[i] ? 1 : 0;
            total = 0;
            for (int i = 0; i < n; i++) total += _share[i];
        }
        for (int i = 0; i < n; i++)
        {
            if (!_kept[i]) continue;
            int e = _candidates[i];
            double amount = Math.Min(stock * _share[i] / total, w.Routes.CapacityKg[e]);
            if (amount < 1e-9) continue; // R4: residues below 1e-9 kg stay put
            Send(u, e, g.Target(e), amount);
        }
    }

    /// <summary>
    /// R5: outlets with routepref &gt; 0 in the node's organization or to the market. A node with none uses
    /// its permitted neighbours with the largest routepref. Returns the candidate count.
    /// </summary>
    private int GatherCandidates(int u)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        int n = 0;
        double bestPref = double.NegativeInfinity;
        for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
        {
            if (!routes.IsWithinTerritory(e)) continue;
            if (w.RoutePref[e] > 0) _candidates[n++] = e;
            bestPref = Math.Max(bestPref, w.RoutePref[e]);
        }
        if (n > 0 || u == routes.Source || double.IsNegativeInfinity(bestPref)) return n;
        for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
            if (routes.IsWithinTerritory(e) && w.RoutePref[e] == bestPref) _candidates[n++] = e;
        return n;
    }

    /// <summary>
    /// R3: keep candidates with routepref·value &gt; 0; if none, the single lowest-risk one (ties: larger value,
    /// then lower index). At the source the rule applies to each organization's candidates separately.
    /// </summary>
    private void Select(int u, int n)
    {
        var w = _w;
        bool perOrganization = u == w.Routes.Source;
        int groups = perOrganization ? w.Routes.Organizations : 1;
        for (int i = 0; i < n; i++) _kept[i] = w.RoutePref[_candidates[i]] * _value[i] > 0;
        for (int org = 1; org <= groups; org++)
        {
            int best = -1;
            bool anyKept = false;
            for (int i = 0; i < n; i++)
            {
                int e = _candidates[i];
                if (perOrganization && w.Routes.EdgeOrganization[e] != org) continue;
                anyKept |= _kept[i];
                if (best < 0 || IsSafer(i, best)) best = i;
            }
            if (!anyKept && best >= 0) _kept[best] = true;
        }
    }

    private bool IsSafer(int i, int j)
    {
        double ri = _w.PerceivedRisk[_candidates[i]], rj = _w.PerceivedRisk[_candidates[j]];
        if (ri != rj) return ri < rj;
        if (_value[i] != _value[j]) return _value[i] > _value[j];
        return _candidates[i] < _candidates[j];
    }

    /// <summary>
    /// R2: salience-weighted value. σ_s = |ȳ_s − x_s| / (|ȳ_s| + |x_s| + 1) with ȳ_s the mean payoff of the
    /// other candidates in state s; the more salient state gets weight δ, the other δ², renormalised by the
    /// perceived probabilities; a tie or a lone candidate makes "no event" salient.
    /// </summary>
    private double SalientValue(double xNo, double xEv, double risk, int n, double sumNo, double sumEv)
    {
        double delta = _w.Parameters.Trafficking.LocThink;
        bool eventSalient = false;
        if (n > 1)
        {
            double yNo = (sumNo - xNo) / (n - 1), yEv = (sumEv - xEv) / (n - 1);
            double sNo = Math.Abs(yNo - xNo) / (Math.Abs(yNo) + Math.Abs(xNo) + 1);
            double sEv = Math.Abs(yEv - xEv) / (Math.Abs(yEv) + Math.Abs(xEv) + 1);
            eventSalient = sEv > sNo;
        }
        double wEv = eventSalient ? delta : delta * delta;
        double wNo = eventSalient ? delta * delta : delta;
        double norm = risk * wEv + (1 - risk) * wNo;
        return (risk * wEv * xEv + (1 - risk) * wNo * xNo) / norm;
    }

    /// <summary>R6: a shipment on a targeted edge is seized in full; seized kg count in the sender's outflow.</summary>
    private void Send(int u, int e, int v, double kg)
    {
        var w = _w;
        w.Stock[u] -= kg;
        if (u == w.Routes.Source) w.SourceOutflowKg += kg;
        if (w.Targeted[e])
        {
            w.Seized[e] += kg;
            w.SeizedKg += kg;
            return;
        }
        w.Flow[e] += kg;
        if (v == w.Routes.Market) w.DeliveredKg += kg;
        else
        {
            w.Stock[v] += kg;
            w.EverReceived[v] = true;
        }
    }
}
