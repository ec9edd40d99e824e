using TraffickingAbm.FirstCut.Engine.Graphs;

namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

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

    public InterdictionAgent(TraffickingWorld world)
    {
        _w = world;
        _order = new int[world.Routes.EdgeCount];
        _values = new double[world.Routes.EdgeCount];
    }

    /// <summary>Events placed this month, in placement order (revisits first).</summary>
    public int EventCount { get; private set; }

    /// <summary>Edge id of the i-th event this month.</summary>
    public ReadOnlySpan<int> Events => _order.AsSpan(0, EventCount);

    /// <summary>R8: chooses this month's targeted edges and marks them in the risk window (R1: targeted months count).</summary>
    public void SelectTargets()
    {
        var w = _w;
        int capacity = w.Capacity;
        w.CapacityThisMonth = capacity;
        int m = w.Routes.EdgeCount;
        int placed = 0;

        // Revisits: last month's successful edges, largest seized kg first (ties: lower edge id), truncated to C.
        int revisits = 0;
        for (int e = 0; e < m; e++)
            if (w.SeizedLastMonth[e] > 0) _order[revisits++] = e;
        _order.AsSpan(0, revisits).Sort(new BySeizedDescending(w.SeizedLastMonth));
        placed = Math.Min(revisits, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[_order[i]] = true;

        if (placed < capacity)
        {
            double p = !w.SuccessLastMonth && w.SuccessEver
                ? w.Parameters.Interdiction.FallbackPercentile
                : w.Parameters.Interdiction.CutoffPercentile;
            double cutoff = HazenQuantileOfNonZero(w.SlProb, p / 100.0);
            int eligible = placed;
            for (int e = 0; e < m; e++)
                if (!w.Targeted[e] && w.SlProb[e] > cutoff) _order[eligible++] = e;
            _order.AsSpan(placed, eligible - placed).Sort(new BySlProbDescending(w.SlProb, w.Routes.Graph));
            int take = Math.Min(eligible, capacity);
            for (int i = placed; i < take; i++) w.Targeted[_order[i]] = true;
            placed = take;
        }
        EventCount = placed;
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
        values.Sort();
        double h = n * p + 0.5; // 1-based position
        if (h <= 1) return values[0];
        if (h >= n) return values[n - 1];
        int lo = (int)Math.Floor(h);
        return values[lo - 1] + (h - lo) * (values[lo] - values[lo - 1]);
    }

    private readonly struct BySeizedDescending(double[] seized) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            int c = seized[b].CompareTo(seized[a]);
            return c != 0 ? c : a.CompareTo(b);
        }
    }

    /// <summary>SLPROB descending; ties by receiver index, then sender index (R8).</summary>
    private readonly struct BySlProbDescending(double[] slprob, CsrGraph graph) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            int c = slprob[b].CompareTo(slprob[a]);
            if (c != 0) return c;
            c = graph.Target(a).CompareTo(graph.Target(b));
            return c != 0 ? c : graph.Source(a).CompareTo(graph.Source(b));
        }
    }
}
