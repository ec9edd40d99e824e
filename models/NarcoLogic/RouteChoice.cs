using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Node agents (NarcoLogic 2018 code; R2–R6): processed in index order, south to north, so a shipment can
/// cross several hops in one month. Each node values its candidate outlets as a "local thinker"
/// (salience-weighted expected payoff; Bordalo, Gennaioli &amp; Shleifer 2012), keeps the positive ones and
/// splits its stock over them (<see cref="NodeShipper"/>). Shipments on an edge with a seizure-and-loss event
/// are seized in full.
/// </summary>
/// <remarks>
/// Transit nodes ship only within their organization's territory or to the market (R5, R16), so after the
/// source has shipped, organizations are independent: each organization's nodes, in index order, see exactly
/// the stock they would see in the all-node index order. Organizations therefore ship in parallel (one
/// organization per work item, scratch per thread; each visits only its nodes holding stock, in index order,
/// from <see cref="StockedNodes"/> and a queue of the nodes it reaches), and the month's kg totals are summed afterwards over the
/// active edges in edge-id order, which is the order of the shipments in a sequential pass (each edge
/// carries one shipment a month, and a node's out-edges are consecutive ids). Output is identical at any
/// thread count and to the sequential rule.
/// </remarks>
public sealed class RouteChoice : IBlockBody
{
    private readonly TraffickingWorld _w;
    private readonly NodeShipper[] _shippers; // per thread
    private readonly SourceCandidates _sourceCandidates;

    public RouteChoice(TraffickingWorld world)
    {
        _w = world;
        // Only the first shipper ships the source (an edge to every transit node); the others need room for the
        // largest transit out-degree only, so extra threads cost little memory on large worlds.
        var g = world.Routes.Graph;
        int transitDegree = 0;
        for (int u = 0; u < world.Routes.NodeCount; u++)
            if (u != world.Routes.Source) transitDegree = Math.Max(transitDegree, g.OutDegree(u));
        _shippers = new NodeShipper[world.Parallel.Threads];
        for (int t = 0; t < _shippers.Length; t++)
            _shippers[t] = new NodeShipper(world, t == 0 ? Math.Max(transitDegree, g.OutDegree(world.Routes.Source)) : transitDegree);
        _sourceCandidates = new SourceCandidates(world);
        int orgSlots = world.Territory.Capacity + 1;
        _keptWorker = new int[orgSlots];
        _keptAt = new int[orgSlots];
        _keptCount = new int[orgSlots];
        _shipOrder = new int[orgSlots];
        _shipWork = new int[orgSlots];
    }

    /// <summary>Stocked nodes from which organizations ship on several threads (settable for tests of that path).</summary>
    internal int ParallelStockedNodes { get; set; } = 1024;

    // Where each organization's kept nodes are: which shipper, from where, how many.
    private readonly int[] _keptWorker, _keptAt, _keptCount;
    private readonly int[] _shipOrder, _shipWork; // organizations in the order they are handed out; minus their work

    /// <summary>Step 2 of the schedule: every node with stock ships it on, source first, market excluded.</summary>
    public void ShipAll()
    {
        var w = _w;
        var routes = w.Routes;
        foreach (var s in _shippers) { s.ClearTouched(); s.ClearKept(); }
        if (w.Stock[routes.Source] > 0 && !w.NodeClosed[routes.Source]) _shippers[0].ShipTo(routes.Source, _sourceCandidates.Gather(_shippers[0].Candidates), w.Parallel);
        // A month with few stocked nodes is shipped on this thread: waking the others would cost more than the
        // work (the result is the same either way).
        var runner = w.Stocked.Nodes.Length < ParallelStockedNodes ? BlockRunner.Sequential : w.Parallel;
        w.Stocked.TakeByOrganization(w.Territory.NodeOrg, w.Territory.Count);
        w.Territory.PrepareNodesByOrganization(); // NodesOf is read from several threads
        int orgs = w.Territory.Count;
        for (int k = 0; k < orgs; k++) _shipOrder[k] = k + 1;
        if (runner.Threads > 1)
        {
            // Largest first (by nodes holding stock after the source): a few organizations carry most of the
            // flow, and one of them starting last would leave the other threads idle. Only scheduling changes.
            for (int k = 0; k < orgs; k++) _shipWork[k] = -w.Stocked.OfOrganization(k + 1).Length;
            _shipWork.AsSpan(0, orgs).Sort(_shipOrder.AsSpan(0, orgs));
        }
        runner.ForEach(orgs, this);
        // Nodes still holding stock, listed again in organization order (the order of a sequential pass).
        for (int org = 1; org <= w.Territory.Count; org++)
            w.Stocked.Append(_shippers[_keptWorker[org]].KeptOf(_keptAt[org], _keptCount[org]));
        foreach (var s in _shippers)
            foreach (int e in s.Touched) w.Activity.Touch(e);
        w.Activity.Seal();
        w.ActiveQuantities.Gather();
        SumTotals();
    }

    /// <summary>Ships organization _shipOrder[<paramref name="block"/>]'s nodes (one organization per work item).</summary>
    public void Run(int block, int start, int end, int worker)
    {
        var shipper = _shippers[worker];
        int org = _shipOrder[block];
        (_keptWorker[org], _keptAt[org]) = (worker, shipper.KeptCount);
        shipper.ShipOrganization(_w.Stocked.OfOrganization(org), _w.Territory.NodesOf(org));
        _keptCount[org] = shipper.KeptCount - _keptAt[org];
    }

    /// <summary>
    /// Source outflow, seizures and deliveries of the month, in the order a sequential pass adds them, over the
    /// active edges' gathered quantities (contiguous, in edge order).
    /// </summary>
    private void SumTotals()
    {
        var w = _w;
        var q = w.ActiveQuantities;
        int market = w.Routes.Market;
        double outflow = 0, seized = 0, delivered = 0;
        for (int i = 0; i < w.Activity.ThisMonth.Length; i++)
        {
            bool hit = q.Seized[i] > 0; // an active edge is seized on exactly when it was targeted
            double kg = hit ? q.Seized[i] : q.Flow[i];
            if (i < q.FromSource) outflow += kg;
            if (hit) seized += kg;
            else if (q.Target[i] == market) delivered += kg;
        }
        w.SourceOutflowKg += outflow;
        w.SeizedKg += seized;
        w.DeliveredKg += delivered;
    }

    /// <summary>
    /// R3 for candidate edges <paramref name="candidates"/> with values <paramref name="value"/>: sets
    /// <paramref name="kept"/>. With <paramref name="edgeOrg"/> (at the source) each organization's candidates
    /// form their own group, otherwise all candidates form one. One pass over the candidates whatever the
    /// number of organizations; <paramref name="bestOf"/>, <paramref name="anyKeptOf"/> and
    /// <paramref name="groupsSeen"/> are scratch indexed by organization (bestOf all −1 on entry and on exit).
    /// </summary>
    internal static void SelectKept(ReadOnlySpan<int> candidates, ReadOnlySpan<double> value, Span<bool> kept,
        ReadOnlySpan<double> routePref, double[] perceivedRisk, int[]? edgeOrg, int[] bestOf, bool[] anyKeptOf, int[] groupsSeen)
    {
        int groups = 0;
        for (int i = 0; i < candidates.Length; i++)
        {
            int e = candidates[i];
            int group = edgeOrg is null ? 0 : edgeOrg[e];
            bool keep = ShipmentAcceptance.IsKept(routePref[e], value[i]);
            kept[i] = keep;
            int best = bestOf[group];
            if (best < 0)
            {
                groupsSeen[groups++] = group;
                bestOf[group] = i;
                anyKeptOf[group] = keep;
                continue;
            }
            anyKeptOf[group] |= keep;
            if (IsSafer(i, best, candidates, value, perceivedRisk)) bestOf[group] = i;
        }
        for (int k = 0; k < groups; k++)
        {
            int group = groupsSeen[k];
            if (!anyKeptOf[group]) kept[bestOf[group]] = true;
            bestOf[group] = -1;
        }
    }

    /// <summary>R3's fallback order (<see cref="ShipmentAcceptance.IsSafer"/>) of candidates i and j.</summary>
    private static bool IsSafer(int i, int j, ReadOnlySpan<int> candidates, ReadOnlySpan<double> value, double[] perceivedRisk) =>
        ShipmentAcceptance.IsSafer(perceivedRisk[candidates[i]], value[i], candidates[i], perceivedRisk[candidates[j]], value[j], candidates[j]);

}
