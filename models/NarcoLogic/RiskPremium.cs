using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The risk premium on transport cost (NarcoLogic 2018 code after Caulkins et al. 1993; R7): once per
/// month, after the node agents, each edge's factor becomes max(1, (1−rt_learn)·previous +
/// rt_learn·(risk/baserisk)^riskmltplr); at month end cost is multiplied by it ("compounding", 2018) or set
/// to base cost × factor ("level"). The multiplier over base cost is clamped at 1e9 to avoid overflow. The rule's
/// arithmetic is <see cref="RiskPremiumRule"/>; this class decides which edges it is applied to.
/// </summary>
/// <remarks>
/// An edge with factor 1 and risk/baserisk ≤ 1 keeps factor 1 exactly (the exponent is ≥ 0, so the pressure is
/// ≤ 1 and (1−rt)·1 + rt·pressure rounds to at most 1), and its cost is already base cost. So unless every
/// edge's risk is refreshed monthly (risk_refresh_unused), only the "live" edges (factor ≠ 1 or risk above
/// baserisk) and the edges whose risk changed this month (the active ones) are visited; each edge's update
/// depends on that edge alone, so the order does not matter. The live edges are visited first, in element-wise
/// blocks, marking themselves; then the active edges that are not marked. Under risk_refresh_unused every
/// edge is visited, in parallel blocks.
/// </remarks>
public sealed class RiskPremium
{
    public const double MaxMultiplier = RiskPremiumRule.MaxMultiplier;
    private readonly TraffickingWorld _w;
    private readonly double[] _factor;
    private readonly ComputeBlocks _compute;
    private readonly ApplyBlocks _apply;
    private readonly VisitLive _visitLive;
    private readonly VisitActive _visitActive;
    private readonly bool _sparse;
    private readonly int[] _live; // live edges after the last month (until this month's apply)
    private readonly bool[] _marked; // live edges, while this month's compute and apply run
    // Whether the i-th live edge, and the i-th active edge if it was not live, are live after this month's compute.
    private readonly bool[] _liveAfterLive, _liveAfterActive;
    private int _liveCount;
    private bool _applying;

    public RiskPremium(TraffickingWorld world)
    {
        _w = world;
        int m = world.Routes.EdgeCount;
        _factor = BlockArrays.Filled(world.Parallel, m, 1.0);
        _compute = new ComputeBlocks(this);
        _apply = new ApplyBlocks(this);
        _visitLive = new VisitLive(this);
        _visitActive = new VisitActive(this);
        _sparse = !world.Parameters.Trafficking.RiskRefreshUnused;
        _live = _sparse ? new int[m] : [];
        _marked = _sparse ? new bool[m] : [];
        _liveAfterLive = _sparse ? new bool[m] : [];
        _liveAfterActive = _sparse ? new bool[m] : [];
        if (!_sparse) return;
        // At the start every factor is 1 and every edge has the initial risk: then all edges are live or none is.
        var risk = world.PerceivedRisk;
        bool uniform = m == 0 || risk.AsSpan().IndexOfAnyExcept(risk[0]) < 0;
        if (uniform && m > 0 && !IsLive(0)) return;
        for (int e = 0; e < m; e++)
            if (IsLive(e)) _live[_liveCount++] = e;
    }

    public ReadOnlySpan<double> Factor => _factor;

    /// <summary>Updates the premium factors from the current perceived risk (R7).</summary>
    public void Compute()
    {
        if (!_sparse)
        {
            _w.Parallel.For(_factor.Length, _compute);
            return;
        }
        _applying = false;
        _w.Parallel.ForElementwise(_liveCount, _visitLive); // each edge alone: any partition
        _w.Parallel.ForElementwise(_w.Activity.ThisMonth.Length, _visitActive);
    }

    /// <summary>Applies the factors to cost at month end.</summary>
    public void Apply()
    {
        if (!_sparse)
        {
            _w.Parallel.For(_factor.Length, _apply);
            return;
        }
        // Active edges first: they read the live edges' marks, which the live edges' visit clears.
        _applying = true;
        _w.Parallel.ForElementwise(_w.Activity.ThisMonth.Length, _visitActive);
        _w.Parallel.ForElementwise(_liveCount, _visitLive);
        // The live edges for next month: this month's visits that are live after the compute, in visit order.
        var active = _w.Activity.ThisMonth;
        int kept = 0, liveBefore = _liveCount;
        for (int i = 0; i < liveBefore; i++)
            if (_liveAfterLive[i]) _live[kept++] = _live[i];
        for (int i = 0; i < active.Length; i++)
            if (_liveAfterActive[i]) _live[kept++] = active[i];
        _liveCount = kept;
    }

    private bool IsLive(int e) => _factor[e] != 1.0 || !(_w.PerceivedRisk[e] / _w.Parameters.Trafficking.BaseRisk <= 1);

    private void Compute(int start, int end)
    {
        var p = _w.Parameters.Trafficking;
        var risk = _w.PerceivedRisk;
        var step = new RiskPremiumStep(p.BaseRisk, p.RiskMultiplier, p.RtLearn);
        var factor = _factor;
        for (int e = start; e < end; e++)
        {
            double next = step.NextFactor(factor[e], risk[e]);
            if (next != factor[e]) factor[e] = next; // most edges stay at 1: no store, less memory traffic
        }
    }

    private void Apply(int start, int end)
    {
        var cost = _w.Cost;
        var baseCost = _w.Routes.BaseCostUsdPerKg;
        bool compounding = _w.Parameters.Trafficking.Premium == PremiumRule.Compounding;
        for (int e = start; e < end; e++)
        {
            // A factor of exactly 1 leaves a compounding cost as it is (most edges, most months): skip the write.
            if (compounding && _factor[e] == 1.0) continue;
            cost[e] = RiskPremiumRule.NextCost(compounding, cost[e], baseCost[e], _factor[e]);
        }
    }

    // Under risk_refresh_unused each edge's factor and cost depend on that edge alone: blocks run in parallel.
    private sealed class ComputeBlocks(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker) => owner.Compute(start, end);
    }

    private sealed class ApplyBlocks(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker) => owner.Apply(start, end);
    }

    // The sparse month. Compute: live edges (distinct) mark themselves and update; then active edges (distinct)
    // that are not marked update. Apply: the same unmarked active edges, then the live edges, which unmark.
    private sealed class VisitLive(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            for (int i = start; i < end; i++)
            {
                int e = owner._live[i];
                if (owner._applying)
                {
                    owner.Apply(e, e + 1);
                    owner._marked[e] = false;
                    continue;
                }
                owner._marked[e] = true;
                owner.Compute(e, e + 1);
                owner._liveAfterLive[i] = owner.IsLive(e);
            }
        }
    }

    private sealed class VisitActive(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var active = owner._w.Activity.ThisMonth;
            for (int i = start; i < end; i++)
            {
                int e = active[i];
                if (owner._marked[e]) // live: visited with the live edges
                {
                    if (!owner._applying) owner._liveAfterActive[i] = false;
                    continue;
                }
                if (owner._applying)
                {
                    owner.Apply(e, e + 1);
                    continue;
                }
                owner.Compute(e, e + 1);
                owner._liveAfterActive[i] = owner.IsLive(e);
            }
        }
    }
}
