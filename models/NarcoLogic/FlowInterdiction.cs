using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// NarcoLogic's flow rule (Magliocca et al. 2019; 2018 code; R8): first revisit last month's successful edges
/// (largest seizure first), then take the untargeted edges of highest SLPROB above a percentile cut-off. Every edge
/// with non-zero SLPROB is kept in an order-statistic tree, best target last, so the cut-off quantile and the
/// targets cost O(C log m) a month instead of passes over every edge; learning re-files the edges it changes.
/// </summary>
public sealed class FlowInterdiction : IRouteInterdiction
{
    private readonly TraffickingWorld _w;
    private readonly OrderStatisticTree<WorstFirst> _bySlProb;

    public FlowInterdiction(TraffickingWorld world, int[] scratch)
    {
        _w = world;
        _bySlProb = new OrderStatisticTree<WorstFirst>(world.Routes.EdgeCount, new WorstFirst(new ByValueDescendingThenReceiver(world.SlProb, world.Routes.Graph)));
        BuildTree(scratch);
    }

    public int Choose(int tick, int capacity, ReadOnlySpan<int> previous, int[] targets)
    {
        var w = _w;
        // Revisits: last month's successful edges, largest seized kg first (ties: lower edge id), truncated to C.
        // Seizures happen only on targeted edges, so last month's events are the only candidates.
        int revisits = 0;
        foreach (int e in previous)
            if (w.SeizedLastMonth[e] > 0) targets[revisits++] = e;
        Selection.SortSmallest(targets.AsSpan(0, revisits), capacity, new BySeizedDescending(w.SeizedLastMonth));
        int placed = Math.Min(revisits, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[targets[i]] = true;

        if (placed < capacity)
        {
            double p = !w.SuccessLastMonth && w.SuccessEver
                ? w.Parameters.Interdiction.FallbackPercentile
                : w.Parameters.Interdiction.CutoffPercentile;
            double cutoff = CutoffQuantile(p / 100.0);
            // The C − placed best untargeted edges above the cut-off: the tree's largest, walked down.
            var walk = new BestAbove(w, cutoff, targets, placed, capacity);
            _bySlProb.WalkDescending(ref walk);
            for (int i = placed; i < walk.End; i++) w.Targeted[targets[i]] = true;
            placed = walk.End;
        }
        return placed;
    }

    /// <summary>Takes an edge out of the tree before its SLPROB changes (its place depends on the value).</summary>
    public void Unfile(int e)
    {
        if (_bySlProb.Contains(e)) _bySlProb.Remove(e);
    }

    /// <summary>Files an edge again after its SLPROB changed; edges at zero are not kept.</summary>
    public void Refile(int e)
    {
        if (_w.SlProb[e] != 0) _bySlProb.Insert(e);
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

    /// <summary>Files every edge with non-zero SLPROB in the tree: sorted by value, ties in the tree's order (<paramref name="scratch"/>: an edge-sized buffer).</summary>
    private void BuildTree(int[] scratch)
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
                if (slprob[e] != 0) { scratch[at] = e; keys[at++] = slprob[e]; }
        });
        KeySort.Sort(keys, scratch, n, _w.Parallel);
        var ids = scratch.AsSpan(0, n);
        var order = _bySlProb.Comparer;
        for (int i = 0, j; i < n; i = j)
        {
            for (j = i + 1; j < n && keys[j] == keys[i]; j++) { }
            if (j - i > 1) Selection.Sort(ids[i..j], order);
        }
        _bySlProb.BuildSorted(scratch, n, _w.Parallel.Threads);
    }

    /// <summary>Tree order: the reverse of the targeting order, so a descending walk meets the best target first.</summary>
    private readonly struct WorstFirst(ByValueDescendingThenReceiver best) : IComparer<int>
    {
        public int Compare(int a, int b) => best.Compare(b, a);
    }

    /// <summary>Collects untargeted edges with SLPROB above the cut-off into order[start..capacity), best first.</summary>
    private struct BestAbove(TraffickingWorld w, double cutoff, int[] targets, int start, int capacity)
        : OrderStatisticTree<WorstFirst>.IVisitor
    {
        public int End { get; private set; } = start;

        public bool Visit(int e)
        {
            if (End >= capacity || w.SlProb[e] <= cutoff) return false;
            if (!w.Targeted[e]) targets[End++] = e;
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
