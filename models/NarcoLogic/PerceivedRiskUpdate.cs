using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Step 2's risk update, edge by edge (independent, so in parallel blocks). R1: under risk_counts = seizures
/// only successful events enter the window. R6: perceived risk is re-estimated on the edges used this month,
/// or on every edge under risk_refresh_unused.
/// </summary>
internal sealed class PerceivedRiskUpdate(TraffickingWorld w) : IBlockBody
{
    public void Run() => w.Parallel.For(w.Routes.EdgeCount, this);

    public void Run(int block, int start, int end, int worker)
    {
        var p = w.Parameters.Trafficking;
        var seized = w.Seized;
        var flow = w.Flow;
        var history = w.EventHistory;
        var risk = w.PerceivedRisk;
        if (p.RiskCounts == RiskCountRule.Seizures)
            for (int e = start; e < end; e++)
                if (seized[e] > 0) history[e] |= 1UL;
        bool all = p.RiskRefreshUnused;
        for (int e = start; e < end; e++)
            if (all || flow[e] > 0 || seized[e] > 0)
                risk[e] = w.Risk.Estimate(history[e]);
    }
}
