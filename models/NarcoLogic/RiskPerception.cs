using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Node agents' perceived risk of an edge: a Beta-style estimator over a sliding window of months,
/// (k + α) / (window + α + β), where k counts (time-weighted) months with a seizure-and-loss event on the
/// edge (NarcoLogic 2018 code; R1; the arithmetic is <see cref="PerceivedRisk"/>). The window is a bit mask per
/// edge: bit j set = event j months ago.
/// </summary>
public sealed class RiskPerception
{
    private readonly double[] _weightByAge; // weight of the month j months ago: timewght^(window-1-j)
    private readonly double _alpha, _denominator;

    public RiskPerception(TraffickingParameters p)
    {
        Window = p.Window;
        (_alpha, _denominator) = (p.Alpha, PerceivedRisk.Denominator(p.Window, p.Alpha, p.Beta));
        _weightByAge = new double[p.Window];
        for (int j = 0; j < p.Window; j++) _weightByAge[j] = PerceivedRisk.MonthWeight(p.TimeWeight, p.Window, j);
        InitialRisk = PerceivedRisk.Initial(p.Window, p.Beta); // R1: before an edge's first use
        WindowMask = p.Window >= 64 ? ulong.MaxValue : (1UL << p.Window) - 1;
    }

    public int Window { get; }
    public ulong WindowMask { get; }
    public double InitialRisk { get; }

    /// <summary>A window moved one month on (at the start of a month): the oldest month drops out.</summary>
    public ulong Aged(ulong history) => (history << 1) & WindowMask;

    /// <summary>R1: the perceived risk of an edge with event window <paramref name="history"/>.</summary>
    public double Estimate(ulong history) => PerceivedRisk.FromCount(PerceivedRisk.WeightedEvents(history, _weightByAge), _alpha, _denominator);
}
