using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>What an organization's network agent does this month (R10).</summary>
public enum NetworkAction { None, Consolidate, Expand }

/// <summary>
/// R10, the network agent's comparison of losses to seizures with its loss tolerance (Magliocca et al. 2019,
/// SI, "Network agent"; NarcoLogic 2018 code; docs/model.md §7.11 step 1).
/// </summary>
public static class LossTolerance
{
    /// <summary>R10: an edge's margin per kg, m = max(Δprice − cost, 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Margin(double priceGain, double cost) => Math.Max(priceGain - cost, 0);

    /// <summary>R10: T = losslim · max over edges with unseized flow of flow · m; 0 when no edge has flow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tolerance(bool anyFlow, double lossLimit, double largestFlowValue) => anyFlow ? lossLimit * largestFlowValue : 0;

    /// <summary>R10 (2018 code): losses and tolerance both 0 count as losses of 0.1, so the organization expands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Losses(double losses, double tolerance) => losses == 0 && tolerance == 0 ? 0.1 : losses;

    /// <summary>R10: L &gt; T expands (R12); 0 &lt; L ≤ T consolidates (R11); otherwise nothing changes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NetworkAction Decide(double losses, double tolerance) =>
        losses > tolerance ? NetworkAction.Expand : losses > 0 ? NetworkAction.Consolidate : NetworkAction.None;
}
