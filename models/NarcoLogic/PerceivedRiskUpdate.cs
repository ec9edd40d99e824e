using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Step 2's risk update. R1: under risk_counts = seizures only successful events enter the window (seizures
/// happen only on this month's active edges). R6: perceived risk is re-estimated on the edges used this month
/// (the active edges), or on every edge under risk_refresh_unused (independent per edge: parallel blocks).
/// Every change is reported to the route preferences, which keep the permitted edges' risk sum.
/// </summary>
internal sealed class PerceivedRiskUpdate(TraffickingWorld w) : IBlockBody
{
    private readonly Int128[] _blockUnits = new Int128[BlockRunner.BlockCount(w.Routes.EdgeCount)];

    public void Run()
    {
        var p = w.Parameters.Trafficking;
        var active = w.Activity.ThisMonth;
        if (p.RiskCounts == RiskCountRule.Seizures)
            foreach (int e in active)
                if (w.Seized[e] > 0) w.Activity.MarkEvent(w.EventHistory, e);
        if (p.RiskRefreshUnused)
        {
            w.Parallel.For(w.Routes.EdgeCount, this);
            foreach (var units in _blockUnits) w.RoutePref.AddRiskUnits(units); // integers: any order gives the same sum
            return;
        }
        var risk = w.PerceivedRisk;
        foreach (int e in active)
        {
            double before = risk[e];
            risk[e] = w.Risk.Estimate(w.EventHistory[e]);
            w.RoutePref.RiskChanged(e, before, risk[e]);
        }
    }

    public void Run(int block, int start, int end, int worker)
    {
        var history = w.EventHistory;
        var risk = w.PerceivedRisk;
        var pref = w.RoutePref.Values;
        Int128 units = 0;
        for (int e = start; e < end; e++)
        {
            double before = risk[e];
            risk[e] = w.Risk.Estimate(history[e]);
            if (pref[e] > 0 && risk[e] != before) units += RoutePreferences.Units(risk[e]) - RoutePreferences.Units(before);
        }
        _blockUnits[block] = units;
    }
}
