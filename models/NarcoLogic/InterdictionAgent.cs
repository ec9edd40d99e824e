using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Graphs;

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
    private readonly int[] _order;      // scratch: edge ids being ranked
    private readonly double[] _values;  // scratch: non-zero SLPROB for the quantile
    private readonly double[] _chosenSlProb; // SLPROB of the i-th event when it was chosen

    private readonly ChokepointRanking _chokepoints;

    public InterdictionAgent(TraffickingWorld world)
    {
        _w = world;
        _chokepoints = new ChokepointRanking(world);
        _order = new int[world.Routes.EdgeCount];
        _values = new double[world.Routes.EdgeCount];
        _chosenSlProb = new double[world.Routes.EdgeCount];
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
        int capacity = w.Capacity;
        w.CapacityThisMonth = capacity;
        int m = w.Routes.EdgeCount;
        int placed = 0;
        var targeting = w.Parameters.Targeting;
        if (targeting.RouteStrategy == Scenarios.RouteStrategies.Chokepoint && tick >= targeting.StartMonth)
        {
            placed = SelectChokepoints(capacity);
            Finish(placed);
            return;
        }

        // Revisits: last month's successful edges, largest seized kg first (ties: lower edge id), truncated to C.
        int revisits = 0;
        for (int e = 0; e < m; e++)
            if (w.SeizedLastMonth[e] > 0) _order[revisits++] = e;
        Selection.SortSmallest(_order.AsSpan(0, revisits), capacity, new BySeizedDescending(w.SeizedLastMonth));
        placed = Math.Min(revisits, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[_order[i]] = true;

        if (placed < capacity)
        {
            double p = !w.SuccessLastMonth && w.SuccessEver
                ? w.Parameters.Interdiction.FallbackPercentile
                : w.Parameters.Interdiction.CutoffPercentile;
            double cutoff = HazenQuantileOfNonZero(w.SlProb, p / 100.0);
            // The C − placed best eligible edges in one pass with a bounded heap (no list of all eligible edges).
            var order = new ByValueDescendingThenReceiver(w.SlProb, w.Routes.Graph);
            var heap = _order.AsSpan(placed, capacity - placed);
            int kept = 0;
            for (int e = 0; e < m; e++)
                if (w.SlProb[e] > cutoff && !w.Targeted[e]) Selection.OfferSmallest(heap, ref kept, e, order);
            Selection.Sort(heap[..kept], order);
            for (int i = 0; i < kept; i++) w.Targeted[heap[i]] = true;
            placed += kept;
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
        if (w.Parameters.Trafficking.RiskCounts == Scenarios.RiskCountRule.Targeted)
            for (int i = 0; i < placed; i++) w.EventHistory[_order[i]] |= 1UL;
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
            w.SlProb[e] = (1 - lambda) * w.SlProb[e] + lambda * (hit ? 1 : 0);
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
    /// The p-quantile of the non-zero values with MATLAB's rule (Hazen plotting positions (i−0.5)/n,
    /// linear interpolation, clamped at the ends) (R8). Returns +∞ when every value is zero.
    /// </summary>
    public double HazenQuantileOfNonZero(double[] source, double p)
    {
        int n = 0;
        foreach (double v in source)
            if (v != 0) _values[n++] = v;
        if (n == 0) return double.PositiveInfinity;
        var values = _values.AsSpan(0, n);
        double h = n * p + 0.5; // 1-based position
        if (h <= 1) return Min(values);
        if (h >= n) return Max(values);
        int lo = (int)Math.Floor(h);
        // Order statistics lo and lo+1 (1-based) by selection: the quantile needs two values, not a sort.
        Selection.NthElement(values, lo - 1, new DoubleAscending());
        double below = values[lo - 1], above = Min(values[lo..]);
        return below + (h - lo) * (above - below);
    }

    private static double Min(ReadOnlySpan<double> v)
    {
        double m = double.PositiveInfinity;
        foreach (double x in v) m = Math.Min(m, x);
        return m;
    }

    private static double Max(ReadOnlySpan<double> v)
    {
        double m = double.NegativeInfinity;
        foreach (double x in v) m = Math.Max(m, x);
        return m;
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
