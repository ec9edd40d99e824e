using TraffickingAbm.FirstCut.Models.Scenarios;

namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>
/// Node agents' perceived risk of an edge: a Beta-style estimator over a sliding window of months,
/// (k + α) / (window + α + β), where k counts (time-weighted) months with a seizure-and-loss event on the
/// edge (NarcoLogic 2018 code; R1). The window is a bit mask per edge: bit j set = event j months ago.
/// </summary>
public sealed class RiskPerception
{
    private readonly double[] _weightByAge; // weight of the month j months ago: timewght^(window-1-j)
    private readonly double _alpha, _denominator;

    public RiskPerception(TraffickingParameters p)
    {
        Window = p.Window;
        _alpha = p.Alpha;
        _denominator = p.Window + p.Alpha + p.Beta;
        _weightByAge = new double[p.Window];
        for (int j = 0; j < p.Window; j++) _weightByAge[j] = Math.Pow(p.TimeWeight, p.Window - 1 - j);
        InitialRisk = 1.0 / (p.Window + p.Beta); // R1: before an edge's first use
        WindowMask = p.Window >= 64 ? ulong.MaxValue : (1UL << p.Window) - 1;
    }

    public int Window { get; }
    public ulong WindowMask { get; }
    public double InitialRisk { get; }

    /// <summary>Moves every edge's window one month on (call at the start of a month).</summary>
    public void Age(ulong[] history)
    {
        ulong mask = WindowMask;
        for (int e = 0; e < history.Length; e++) history[e] = (history[e] << 1) & mask;
    }

    public double Estimate(ulong history)
    {
        double k = 0;
        for (int j = 0; history != 0; j++, history >>= 1)
            if ((history & 1) != 0) k += _weightByAge[j];
        return (k + _alpha) / _denominator;
    }
}
