using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R1, a node agent's perceived risk of an edge: a Beta-style estimate of the edge's event frequency over a
/// sliding window of months (Magliocca et al. 2019, SI, "Node agents"; NarcoLogic 2018 code; docs/model.md §7.7).
/// </summary>
public static class PerceivedRisk
{
    /// <summary>R1: risk = (k + α) / (w + α + β), k the time-weighted count of event months in the window of w months.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Estimate(double weightedEvents, double alpha, double beta, int window) =>
        FromCount(weightedEvents, alpha, Denominator(window, alpha, beta));

    /// <summary>R1's denominator w + α + β, the same for every edge (worked out once per run).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Denominator(int window, double alpha, double beta) => window + alpha + beta;

    /// <summary>R1 given its denominator: (k + α) / (w + α + β).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double FromCount(double weightedEvents, double alpha, double denominator) => (weightedEvents + alpha) / denominator;

    /// <summary>R1: the risk of an edge before its first use, 1 / (w + β).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Initial(int window, double beta) => 1.0 / (window + beta);

    /// <summary>
    /// R1: the weight of the event month <paramref name="monthsAgo"/> months ago (0 = this month) in a window of
    /// <paramref name="window"/> months: timewght^i at window position i = w − 1 − monthsAgo (0 = oldest).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double MonthWeight(double timeWeight, int window, int monthsAgo) => Math.Pow(timeWeight, window - 1 - monthsAgo);

    /// <summary>
    /// R1: k, the sum of <paramref name="weightByAge"/>[j] over the months j with an event, j months ago = bit j of
    /// <paramref name="history"/>; summed from this month back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WeightedEvents(ulong history, ReadOnlySpan<double> weightByAge)
    {
        double k = 0;
        for (int j = 0; history != 0; j++, history >>= 1)
            if ((history & 1) != 0) k += weightByAge[j];
        return k;
    }
}
