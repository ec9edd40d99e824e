using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The interdiction agent of NarcoLogic (Magliocca et al. 2019; 2018 code; R8, R9). Each month it places
/// up to C(t) seizure-and-loss events on edges: first it revisits last month's successful edges (largest
/// seizure first), then it takes the edges of highest SLPROB above a percentile cut-off. After trafficking
/// it learns SLPROB on the targeted edges and adapts C(t) to the seizure target.
/// </summary>
public sealed class InterdictionAgent
{
    private readonly TraffickingWorld _w;
    private readonly int[] _order;      // scratch: edge ids being ranked; this month's events first
    private readonly int[] _previous;   // last month's events (the only edges that can have seizures to revisit)
    private readonly double[] _chosenSlProb; // SLPROB of the i-th event when it was chosen
    private readonly ChokepointRanking _chokepoints;

    // Every edge with non-zero SLPROB, best target last: the cut-off quantile and the flow targets are read from
    // it in O(C log m) instead of a pass over all edges; learning re-files the few edges it changes.
    private readonly OrderStatisticTree<WorstFirst> _bySlProb;

    public InterdictionAgent(TraffickingWorld world)
    {
        _w = world;
        int m = world.Routes.EdgeCount;
        _chokepoints = new ChokepointRanking(world);
        _order = new int[m];
        _previous = new int[m];
        _chosenSlProb = new double[m];
        _bySlProb = new OrderStatisticTree<WorstFirst>(m, new WorstFirst(new ByValueDescendingThenReceiver(world.SlProb, world.Routes.Graph)));
        BuildTree();
    }

    /// <summary>Events placed this month, in placement order (revisits first).</summary>
    public int EventCount { get; private set; }

    /// <summary>Edge id of the i-th event this month.</summary>
    public ReadOnlySpan<int> Events => _order.AsSpan(0, EventCount);

    /// <summary>SLPROB of the i-th event's edge at the moment it was chosen (before learning).</summary>
    public ReadOnlySpan<double> ChosenSlProb => _chosenSlProb.AsSpan(0, EventCount);

    /// <summary>R8: chooses this month's targeted edges; under risk_counts = targeted (R1) marks them in the risk window.</summary>
    public void SelectTargets(int tick)
    {
        var w = _w;
        foreach (int e in Events) w.Targeted[e] = false; // last month's events: the only targeted edges
        int capacity = w.Capacity;
        w.CapacityThisMonth = capacity;
        int placed = 0;
        var targeting = w.Parameters.Targeting;
        if (targeting.RouteStrategy == RouteStrategy.RouteChokepoint && tick >= targeting.StartMonth)
        {
            placed = SelectChokepoints(capacity);
            Finish(placed);
            return;
        }

        // Revisits: last month's successful edges, largest seized kg first (ties: lower edge id), truncated to C.
        // Seizures happen only on targeted edges, so last month's events are the only candidates.
        int previous = EventCount, revisits = 0;
        _order.AsSpan(0, previous).CopyTo(_previous);
        for (int i = 0; i < previous; i++)
            if (w.SeizedLastMonth[_previous[i]] > 0) _order[revisits++] = _previous[i];
        Selection.SortSmallest(_order.AsSpan(0, revisits), capacity, new BySeizedDescending(w.SeizedLastMonth));
        placed = Math.Min(revisits, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[_order[i]] = true;

        if (placed < capacity)
        {
            double p = !w.SuccessLastMonth && w.SuccessEver
                ? w.Parameters.Interdiction.FallbackPercentile
                : w.Parameters.Interdiction.CutoffPercentile;
            double cutoff = CutoffQuantile(p / 100.0);
            // The C − placed best untargeted edges above the cut-off: the tree's largest, walked down.
            var walk = new BestAbove(w, cutoff, _order, placed, capacity);
            _bySlProb.WalkDescending(ref walk);
            for (int i = placed; i < walk.End; i++) w.Targeted[_order[i]] = true;
            placed = walk.End;
        }
        Finish(placed);
    }

    /// <summary>route-chokepoint: the C(t) usable edges on the largest share of source→market paths.</summary>
    private int SelectChokepoints(int capacity)
    {
        var w = _w;
        _chokepoints.Compute();
        int n = 0;
        for (int e = 0; e < w.Routes.EdgeCount; e++)
            if (_chokepoints.Score[e] > 0) _order[n++] = e;
        Selection.SortSmallest(_order.AsSpan(0, n), capacity, new ByValueDescendingThenReceiver(_chokepoints.Score, w.Routes.Graph));
        int placed = Math.Min(n, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[_order[i]] = true;
        return placed;
    }

    private void Finish(int placed)
    {
        var w = _w;
        EventCount = placed;
        for (int i = 0; i < placed; i++) _chosenSlProb[i] = w.SlProb[_order[i]];
        if (w.Parameters.Trafficking.RiskCounts == RiskCountRule.Targeted)
            for (int i = 0; i < placed; i++) w.Activity.MarkEvent(w.EventHistory, _order[i]);
    }

    /// <summary>
    /// Step 4 of the schedule: SLPROB ← (1−λ)·SLPROB + λ·1[seized &gt; 0] on targeted edges, and
    /// C ← clamp(ceil(C·(1 + λ·(seized/(targetseize·source outflow) − 1))), sl_min, sl_max) (R9).
    /// </summary>
    public void Learn()
    {
        var w = _w;
        var p = w.Parameters.Interdiction;
        double lambda = p.SlLearn;
        bool success = false;
        foreach (int e in Events)
        {
            bool hit = w.Seized[e] > 0;
            success |= hit;
            if (_bySlProb.Contains(e)) _bySlProb.Remove(e); // out of the tree while its value changes
            w.SlProb[e] = (1 - lambda) * w.SlProb[e] + lambda * (hit ? 1 : 0);
            if (w.SlProb[e] != 0) _bySlProb.Insert(e);
        }
        w.SuccessLastMonth = success;
        w.SuccessEver |= success;

        if (w.SourceOutflowKg > 0)
        {
            double ratio = w.SeizedKg / (p.TargetSeize * w.SourceOutflowKg);
            double next = Math.Ceiling(w.Capacity * (1 + lambda * (ratio - 1)));
            w.Capacity = (int)Math.Clamp(next, p.SlMin, p.SlMax);
        }
    }

    /// <summary>
    /// The p-quantile of the non-zero SLPROB values with MATLAB's rule (Hazen plotting positions (i−0.5)/n,
    /// linear interpolation, clamped at the ends) (R8), from the tree's order statistics; +∞ when every
    /// value is zero. Equal to <see cref="HazenQuantile.OfNonZero"/> on <c>SlProb</c>.
    /// </summary>
    public double CutoffQuantile(double p)
    {
        int n = _bySlProb.Count;
        if (n == 0) return double.PositiveInfinity;
        var slprob = _w.SlProb;
        double h = n * p + 0.5; // 1-based position
        if (h <= 1) return slprob[_bySlProb.Select(0)];
        if (h >= n) return slprob[_bySlProb.Select(n - 1)];
        int lo = (int)Math.Floor(h);
        double below = slprob[_bySlProb.Select(lo - 1)], above = slprob[_bySlProb.Select(lo)];
        return below + (h - lo) * (above - below);
    }

    /// <summary>Files every edge with non-zero SLPROB in the tree: sorted by value, ties in the tree's order.</summary>
    private void BuildTree()
    {
        var slprob = _w.SlProb;
        // The edges with non-zero SLPROB in id order, with their values: each block counts its own, then writes
        // them after the blocks before it (10M edges on a 1M-node world).
        var runner = _w.Parallel;
        var before = new int[BlockRunner.BlockCount(slprob.Length) + 1];
        runner.For(slprob.Length, (start, end) =>
        {
            int c = 0;
            for (int e = start; e < end; e++) if (slprob[e] != 0) c++;
            before[start / BlockRunner.BlockSize + 1] = c;
        });
        for (int b = 1; b < before.Length; b++) before[b] += before[b - 1];
        int n = before[^1];
        var keys = new double[n];
        runner.For(slprob.Length, (start, end) =>
        {
            int at = before[start / BlockRunner.BlockSize];
            for (int e = start; e < end; e++)
                if (slprob[e] != 0) { _order[at] = e; keys[at++] = slprob[e]; }
        });
        KeySort.Sort(keys, _order, n, _w.Parallel);
        var ids = _order.AsSpan(0, n);
        var order = _bySlProb.Comparer;
        for (int i = 0, j; i < n; i = j)
        {
            for (j = i + 1; j < n && keys[j] == keys[i]; j++) { }
            if (j - i > 1) Selection.Sort(ids[i..j], order);
        }
        _bySlProb.BuildSorted(_order, n, _w.Parallel.Threads);
    }

    /// <summary>Tree order: the reverse of the targeting order, so a descending walk meets the best target first.</summary>
    private readonly struct WorstFirst(ByValueDescendingThenReceiver best) : IComparer<int>
    {
        public int Compare(int a, int b) => best.Compare(b, a);
    }

    /// <summary>Collects untargeted edges with SLPROB above the cut-off into order[start..capacity), best first.</summary>
    private struct BestAbove(TraffickingWorld w, double cutoff, int[] order, int start, int capacity)
        : OrderStatisticTree<WorstFirst>.IVisitor
    {
        public int End { get; private set; } = start;

        public bool Visit(int e)
        {
            if (End >= capacity || w.SlProb[e] <= cutoff) return false;
            if (!w.Targeted[e]) order[End++] = e;
            return End < capacity;
        }
    }

    private readonly struct BySeizedDescending(double[] seized) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            int c = seized[b].CompareTo(seized[a]);
            return c != 0 ? c : a.CompareTo(b);
        }
    }

}
