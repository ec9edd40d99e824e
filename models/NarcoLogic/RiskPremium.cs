using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The risk premium on transport cost (NarcoLogic 2018 code after Caulkins et al. 1993; R7): once per
/// month, after the node agents, each edge's factor becomes max(1, (1−rt_learn)·previous +
/// rt_learn·(risk/baserisk)^riskmltplr); at month end cost is multiplied by it ("compounding", 2018) or set
/// to base cost × factor ("level"). The multiplier over base cost is clamped at 1e9 to avoid overflow.
/// </summary>
public sealed class RiskPremium
{
    public const double MaxMultiplier = 1e9;
    private readonly TraffickingWorld _w;
    private readonly double[] _factor;
    private readonly ComputeBlocks _compute;
    private readonly ApplyBlocks _apply;

    public RiskPremium(TraffickingWorld world)
    {
        _w = world;
        _factor = new double[world.Routes.EdgeCount];
        Array.Fill(_factor, 1.0);
        _compute = new ComputeBlocks(this);
        _apply = new ApplyBlocks(this);
    }

    public ReadOnlySpan<double> Factor => _factor;

    /// <summary>Updates every edge's premium factor from its current perceived risk (all edges, R7).</summary>
    public void Compute() => _w.Parallel.For(_factor.Length, _compute);

    /// <summary>Applies the factors to cost at month end.</summary>
    public void Apply() => _w.Parallel.For(_factor.Length, _apply);

    private void Compute(int start, int end)
    {
        var p = _w.Parameters.Trafficking;
        var risk = _w.PerceivedRisk;
        bool square = p.RiskMultiplier == 2; // the calibrated exponent: x·x is exact and far cheaper than Pow
        double baseRisk = p.BaseRisk, learn = p.RtLearn, keep = 1 - p.RtLearn, exponent = p.RiskMultiplier;
        var factor = _factor;
        for (int e = start; e < end; e++)
        {
            double ratio = risk[e] / baseRisk;
            double pressure = square ? ratio * ratio : Math.Pow(ratio, exponent);
            double next = Math.Max(1, keep * factor[e] + learn * pressure);
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
            double next = compounding ? cost[e] * _factor[e] : baseCost[e] * _factor[e];
            cost[e] = Math.Min(next, baseCost[e] * MaxMultiplier);
        }
    }

    // Each edge's factor and cost depend on that edge alone: blocks run in parallel.
    private sealed class ComputeBlocks(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker) => owner.Compute(start, end);
    }

    private sealed class ApplyBlocks(RiskPremium owner) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker) => owner.Apply(start, end);
    }
}
