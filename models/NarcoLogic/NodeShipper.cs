using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// One node agent's month (NarcoLogic 2018 code; R2–R6) with its own scratch buffers, so that several
/// threads can ship for different organizations at once (see <see cref="RouteChoice"/>). It writes only the
/// shipping node's stock, its out-edges' flow or seizure, and its receivers' stock; the month's totals are
/// summed afterwards in edge order.
/// </summary>
internal sealed class NodeShipper
{
    private readonly TraffickingWorld _w;
    private readonly int[] _candidates;
    private readonly double[] _value, _share, _xNo, _xEv, _amount; // per candidate
    private readonly CandidateSteps _steps;
    private readonly bool[] _kept;
    // Per organization (index = id; 0 = the single group of a transit node): best candidate so far (-1: none
    // seen), whether any candidate is kept, and the groups seen at this node. Allocated once; -1 between calls.
    private readonly int[] _bestOf, _groupsSeen;
    private readonly bool[] _anyKeptOf;
    private int[] _touched; // edges given their first quantity of the month by this shipper (grows; at most all edges)
    private int _touchedCount;
    // Shipping one organization: its stocked nodes still to ship this month, ascending; the node shipping now;
    // nodes that keep stock into next month (shipped already, or received from a later node), by organization.
    private readonly Engine.Collections.IntMinHeap _queue;
    private readonly int[] _holding;
    private int _keptCount, _current = -1;
    private bool _passing; // shipping by a pass over all the organization's nodes: receivers need no queue

    public NodeShipper(TraffickingWorld world, int maxDegree)
    {
        _w = world;
        _candidates = new int[maxDegree];
        _value = new double[maxDegree];
        _share = new double[maxDegree];
        _xNo = new double[maxDegree];
        _xEv = new double[maxDegree];
        _amount = new double[maxDegree];
        _steps = new CandidateSteps(this, maxDegree);
        _kept = new bool[maxDegree];
        int slots = world.Territory.Capacity + 1;
        _bestOf = new int[slots];
        Array.Fill(_bestOf, -1);
        _anyKeptOf = new bool[slots];
        _groupsSeen = new int[slots];
        _touched = new int[Math.Min(world.Routes.EdgeCount, 1 << 16)];
        _queue = new Engine.Collections.IntMinHeap(world.Routes.NodeCount);
        _holding = new int[world.Routes.NodeCount];
    }

    /// <summary>How many nodes this shipper's organizations left holding stock since the last <see cref="ClearKept"/>.</summary>
    public int KeptCount => _keptCount;

    /// <summary>Kept nodes at positions <paramref name="start"/>..+<paramref name="count"/> (one organization's).</summary>
    public ReadOnlySpan<int> KeptOf(int start, int count) => _holding.AsSpan(start, count);

    public void ClearKept() => _keptCount = 0;

    /// <summary>
    /// Ships every stocked node of one organization in index order (R2–R6): <paramref name="stocked"/> are its
    /// nodes holding stock at the start; nodes that receive from an earlier node join the queue and ship in
    /// turn, as in a pass over all the organization's nodes in index order. Nodes left holding stock are kept.
    /// When many of its <paramref name="nodes"/> hold stock (small worlds: nearly all), that pass itself is cheaper
    /// than the queue and is made instead; both visit the same nodes in the same order.
    /// </summary>
    public void ShipOrganization(ReadOnlySpan<int> stocked, ReadOnlySpan<int> nodes)
    {
        var w = _w;
        if (8 * stocked.Length >= nodes.Length)
        {
            ShipByPass(nodes);
            return;
        }
        _queue.Clear();
        foreach (int v in stocked) _queue.Push(v);
        while (_queue.Count > 0)
        {
            int u = _current = _queue.Pop();
            if (w.Stock[u] > 0 && !w.NodeClosed[u]) Ship(u); // a closed node's stock waits for its transporter
            if (w.Stock[u] != 0) _holding[_keptCount++] = u;
            else w.Stocked.Unmark(u);
        }
        _current = -1;
    }

    /// <summary>Every node of the organization in index order; then its nodes holding stock are listed and kept.</summary>
    private void ShipByPass(ReadOnlySpan<int> nodes)
    {
        var w = _w;
        _passing = true;
        foreach (int u in nodes)
            if (w.Stock[u] > 0 && !w.NodeClosed[u]) Ship(u); // a closed node's stock waits for its transporter
        _passing = false;
        foreach (int v in nodes)
        {
            bool holds = w.Stock[v] != 0;
            w.Stocked.SetListed(v, holds);
            if (holds) _holding[_keptCount++] = v;
        }
    }

    /// <summary>Edges this shipper put the month's first flow or seizure on since the last <see cref="ClearTouched"/>.</summary>
    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _touchedCount);

    public void ClearTouched() => _touchedCount = 0;

    /// <summary>Node <paramref name="u"/> ships its stock (R2–R6).</summary>
    public void Ship(int u) => ShipTo(u, GatherCandidates(u));

    /// <summary>Candidate buffer, for a caller that gathers the source's candidates itself (in parallel).</summary>
    public int[] Candidates => _candidates;

    /// <summary>
    /// Ships node <paramref name="u"/>'s stock over the <paramref name="n"/> candidates in <see cref="Candidates"/>.
    /// Each candidate's payoffs, value, share and amount depend on that candidate and on sums over all of them, so
    /// those steps run in element-wise blocks on <paramref name="runner"/> (the source's thousands of candidates;
    /// transit nodes run them inline), while every sum, R3's selection and the sends run in candidate order on
    /// this thread: the arithmetic of one sequential pass, at any thread count.
    /// </summary>
    public void ShipTo(int u, int n, BlockRunner? runner = null)
    {
        var w = _w;
        double stock = w.Stock[u];
        if (n == 0) return;

        var g = w.Routes.Graph;
        var steps = _steps;
        steps.Begin(u, n, stock, runner ?? BlockRunner.Sequential);
        // Payoffs per state, R2: no event (Δprice − cost)·q, event −cost·q; q = min(stock / candidates, capacity).
        steps.Run(CandidateStep.Payoffs);
        double sumNoEvent = 0, sumEvent = 0;
        for (int i = 0; i < n; i++)
        {
            sumNoEvent += _xNo[i];
            sumEvent += _xEv[i];
        }
        (steps.SumNoEvent, steps.SumEvent) = (sumNoEvent, sumEvent);
        steps.Run(CandidateStep.Values);
        bool anyNonPositive = steps.AnyNonPositive();

        Select(u, n);

        // R4: shares ∝ value when every candidate is positive, else ∝ (1 − perceived risk); capped by capacity.
        steps.UseRisk = anyNonPositive;
        steps.Run(CandidateStep.Shares);
        double total = 0;
        for (int i = 0; i < n; i++) total += _share[i];
        if (total <= 0) // every kept outlet is perceived certain to fail: split evenly
        {
            for (int i = 0; i < n; i++) _share[i] = _kept[i] ? 1 : 0;
            total = 0;
            for (int i = 0; i < n; i++) total += _share[i];
        }
        steps.Total = total;
        steps.Run(CandidateStep.Amounts);
        for (int i = 0; i < n; i++)
        {
            if (!_kept[i]) continue;
            int e = _candidates[i];
            // Never more than is left: rounding in the shares must not drive the stock below zero.
            double amount = Math.Min(_amount[i], w.Stock[u]);
            if (ShipmentAcceptance.IsResidue(amount)) continue; // R4: residues stay put
            Send(u, e, g.Target(e), amount);
        }
    }

    private enum CandidateStep { Payoffs, Values, Shares, Amounts }

    /// <summary>The per-candidate steps of <see cref="ShipTo"/>, on candidates start..end−1 of a block.</summary>
    private sealed class CandidateSteps(NodeShipper s, int maxDegree) : IBlockBody
    {
        private readonly bool[] _nonPositive = new bool[BlockRunner.ElementwiseBlockCount(maxDegree)]; // per block
        private BlockRunner _runner = BlockRunner.Sequential;
        private CandidateStep _step;
        private int _u, _n;
        private double _stock;
        public double SumNoEvent, SumEvent, Total;
        public bool UseRisk;

        public void Begin(int u, int n, double stock, BlockRunner runner) => (_u, _n, _stock, _runner) = (u, n, stock, runner);

        public void Run(CandidateStep step)
        {
            _step = step;
            // One block (every transit node): called directly, as the runner would, without its per-call work.
            if (_n <= BlockRunner.ElementwiseBlockSize) Run(0, 0, _n, 0);
            else _runner.ForElementwise(_n, this);
        }

        /// <summary>Whether any candidate's value is ≤ 0 (after <see cref="CandidateStep.Values"/>).</summary>
        public bool AnyNonPositive()
        {
            for (int b = 0; b < BlockRunner.ElementwiseBlockCount(_n); b++)
                if (_nonPositive[b]) return true;
            return false;
        }

        public void Run(int block, int start, int end, int worker)
        {
            var w = s._w;
            var routes = w.Routes;
            var candidates = s._candidates;
            switch (_step)
            {
                case CandidateStep.Payoffs:
                {
                    double q0 = _stock / _n;
                    for (int i = start; i < end; i++)
                    {
                        int e = candidates[i];
                        double q = RouteValuation.TrialQuantity(q0, routes.CapacityKg[e]);
                        double cost = w.EffectiveCost(e);
                        s._xNo[i] = RouteValuation.PayoffNoEvent(routes.AddedValue(e), cost, q);
                        s._xEv[i] = RouteValuation.PayoffEvent(cost, q);
                    }
                    break;
                }
                case CandidateStep.Values:
                {
                    bool nonPositive = false;
                    double locThink = w.Parameters.Trafficking.LocThink;
                    for (int i = start; i < end; i++)
                    {
                        s._value[i] = RouteValuation.SalientValue(s._xNo[i], s._xEv[i], w.PerceivedRisk[candidates[i]], locThink, _n, SumNoEvent, SumEvent);
                        nonPositive |= s._value[i] <= 0;
                    }
                    _nonPositive[block] = nonPositive;
                    break;
                }
                case CandidateStep.Shares:
                    for (int i = start; i < end; i++)
                        s._share[i] = ShipmentAcceptance.SplitWeight(s._kept[i], UseRisk, w.PerceivedRisk[candidates[i]], s._value[i]);
                    break;
                case CandidateStep.Amounts:
                {
                    bool source = _u == routes.Source;
                    for (int i = start; i < end; i++)
                    {
                        if (!s._kept[i]) continue;
                        int e = candidates[i];
                        // At the source an organization takes only the share its brokers can import (docs/model.md).
                        double access = source ? w.SupplyAccess[w.Territory.EdgeOrg[e]] : 1;
                        s._amount[i] = ShipmentAcceptance.Amount(_stock, s._share[i], Total, access, routes.CapacityKg[e]);
                    }
                    break;
                }
            }
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
        var pref = w.RoutePref.Values;
        int n = 0;
        double bestPref = double.NegativeInfinity;
        for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
        {
            if (!RouteCandidates.IsOutlet(w.Territory.IsWithin(e), w.NodeClosed[g.Target(e)])) continue;
            if (RouteCandidates.IsPermitted(pref[e])) _candidates[n++] = e;
            bestPref = Math.Max(bestPref, pref[e]);
        }
        if (!RouteCandidates.FallsBack(n, u == routes.Source, !double.IsNegativeInfinity(bestPref))) return n;
        for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
            if (RouteCandidates.IsOutlet(w.Territory.IsWithin(e), w.NodeClosed[g.Target(e)]) && pref[e] == bestPref) _candidates[n++] = e;
        return n;
    }

    /// <summary>
    /// R3: keep candidates with routepref·value &gt; 0; if none, the single lowest-risk one (ties: larger value,
    /// then lower index). At the source the rule applies to each organization's candidates separately.
    /// </summary>
    private void Select(int u, int n)
    {
        var w = _w;
        RouteChoice.SelectKept(_candidates.AsSpan(0, n), _value.AsSpan(0, n), _kept.AsSpan(0, n), w.RoutePref.Values, w.PerceivedRisk,
            u == w.Routes.Source ? w.Territory.EdgeOrg : null, _bestOf, _anyKeptOf, _groupsSeen);
    }

    /// <summary>R6: a shipment on a targeted edge is seized in full (one shipment per edge and month).</summary>
    private void Send(int u, int e, int v, double kg)
    {
        var w = _w;
        if (_touchedCount == _touched.Length) Array.Resize(ref _touched, Math.Min(_w.Routes.EdgeCount, 2 * _touched.Length));
        _touched[_touchedCount++] = e; // each edge ships once a month, from its sender's one turn
        w.Stock[u] -= kg;
        if (w.Targeted[e])
        {
            w.Seized[e] += kg;
            return;
        }
        w.Flow[e] += kg;
        if (v != w.Routes.Market)
        {
            w.Stock[v] += kg;
            w.EverReceived[v] = true;
            if (_passing) { } // the pass reaches every receiver, and lists the holders afterwards
            else if (_current < 0) w.Stocked.Add(v); // the source, alone
            else if (w.Stocked.TryMark(v)) // within the organization: ships this month only if after the sender
            {
                if (v > _current) _queue.Push(v);
                else _holding[_keptCount++] = v;
            }
        }
    }
}
