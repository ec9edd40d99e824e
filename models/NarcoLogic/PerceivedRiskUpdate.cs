using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Step 2's risk update. R1: under risk_counts = seizures only successful events enter the window (seizures
/// happen only on this month's active edges). R6: perceived risk is re-estimated on the edges used this month
/// (the active edges), or on every edge under risk_refresh_unused (independent per edge: parallel blocks).
/// Every change is reported to the route preferences, which keep the permitted edges' risk sum (as integer
/// units per block: their sum is the same whatever the partition). The active edges are updated in element-wise
/// blocks, every edge (risk_refresh_unused) in the runner's blocks.
/// </summary>
internal sealed class PerceivedRiskUpdate(TraffickingWorld w) : IBlockBody
{
    private readonly Int128[] _blockUnits = new Int128[Math.Max(BlockRunner.BlockCount(w.Routes.EdgeCount),
        BlockRunner.ElementwiseBlockCount(w.Routes.EdgeCount))];
    private bool _activeOnly;

    public void Run()
    {
        var p = w.Parameters.Trafficking;
        var active = w.Activity.ThisMonth;
        if (p.RiskCounts == RiskCountRule.Seizures)
            foreach (int e in active)
                if (w.Seized[e] > 0) w.Activity.MarkEvent(w.EventHistory, e);
        Array.Clear(_blockUnits);
        _activeOnly = !p.RiskRefreshUnused;
        if (_activeOnly) w.Parallel.ForElementwise(active.Length, this);
        else w.Parallel.For(w.Routes.EdgeCount, this);
        foreach (var units in _blockUnits) w.RoutePref.AddRiskUnits(units); // integers: any order gives the same sum
    }

    public void Run(int block, int start, int end, int worker)
    {
        var history = w.EventHistory;
        var risk = w.PerceivedRisk;
        var prefs = w.RoutePref;
        var active = w.Activity.ThisMonth;
        Int128 units = 0;
        for (int i = start; i < end; i++)
        {
            int e = _activeOnly ? active[i] : i;
            double before = risk[e];
            risk[e] = w.Risk.Estimate(history[e]);
            units += prefs.RiskUnitsChange(e, before, risk[e]);
        }
        _blockUnits[block] = units;
    }
}
