using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Step 2's risk update. R1: under risk_counts = seizures only successful events enter the window (seizures
/// happen only on this month's active edges). R6: perceived risk is re-estimated on the edges used this month
/// (the active edges), or on every edge under risk_refresh_unused (independent per edge: parallel blocks).
/// </summary>
internal sealed class PerceivedRiskUpdate(TraffickingWorld w) : IBlockBody
{
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
            return;
        }
        foreach (int e in active) w.PerceivedRisk[e] = w.Risk.Estimate(w.EventHistory[e]);
    }

    public void Run(int block, int start, int end, int worker)
    {
        var history = w.EventHistory;
        var risk = w.PerceivedRisk;
        for (int e = start; e < end; e++) risk[e] = w.Risk.Estimate(history[e]);
    }
}
