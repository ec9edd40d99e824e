using TraffickingAbm.Models.NarcoLogic.Rules;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>
/// Reference for R1 and R6 as docs/model.md §7.7 states them: it keeps every month's events per edge itself (a
/// plain list of months, not the bit-mask windows that age every month) and re-estimates the risk of every edge used
/// this month (flow &gt; 0 or seized &gt; 0), or of every edge under risk_refresh_unused, by a pass over all edges
/// (not the month's active-edge list).
/// </summary>
internal sealed class ReferencePerceivedRisk
{
    private readonly TraffickingWorld _w;
    private readonly List<bool[]> _events = []; // month by month: which edges had an event
    public readonly double[] Risk;

    public ReferencePerceivedRisk(TraffickingWorld w)
    {
        _w = w;
        Risk = Enumerable.Repeat(PerceivedRisk.Initial(w.Parameters.Trafficking.Window, w.Parameters.Trafficking.Beta), w.Routes.EdgeCount).ToArray();
    }

    /// <summary>After a month: records its events (R1: targeted, or seized under risk_counts: seizures) and re-estimates.</summary>
    public void EndOfMonth()
    {
        var p = _w.Parameters.Trafficking;
        int m = _w.Routes.EdgeCount;
        _events.Add(Enumerable.Range(0, m).Select(e => p.RiskCounts == RiskCountRule.Seizures ? _w.Seized[e] > 0 : _w.Targeted[e]).ToArray());
        int now = _events.Count - 1;
        for (int e = 0; e < m; e++)
        {
            bool used = _w.Flow[e] > 0 || _w.Seized[e] > 0;
            if (!used && !p.RiskRefreshUnused) continue;
            double k = 0;
            for (int monthsAgo = 0; monthsAgo < p.Window && monthsAgo <= now; monthsAgo++) // this month first
                if (_events[now - monthsAgo][e]) k += PerceivedRisk.MonthWeight(p.TimeWeight, p.Window, monthsAgo);
            Risk[e] = PerceivedRisk.Estimate(k, p.Alpha, p.Beta, p.Window);
        }
    }
}
