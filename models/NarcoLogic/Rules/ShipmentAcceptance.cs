using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R3 and R4, which valued outlets a node agent accepts and how it splits its stock over them (Magliocca et al.
/// 2019, SI, "Node agents"; NarcoLogic 2018 code; docs/model.md §7.8 steps 4–5).
/// </summary>
public static class ShipmentAcceptance
{
    /// <summary>R4: amounts below this many kg are not sent.</summary>
    public const double ResidueKg = 1e-9;

    /// <summary>R3: a candidate is kept when routepref · value &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKept(double routePref, double value) => routePref * value > 0;

    /// <summary>
    /// R3's fallback order when no candidate (of an organization, at the source) is kept: candidate a is preferred
    /// to b if its perceived risk is lower; ties: larger value, then lower edge id.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSafer(double riskA, double valueA, int edgeA, double riskB, double valueB, int edgeB)
    {
        if (riskA != riskB) return riskA < riskB;
        if (valueA != valueB) return valueA > valueB;
        return edgeA < edgeB;
    }

    /// <summary>
    /// R4: a candidate's weight in the split. Not kept: 0. If any candidate (kept or not) has value ≤ 0
    /// (<paramref name="byRisk"/>), 1 − perceived risk; otherwise its value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SplitWeight(bool kept, bool byRisk, double risk, double value) => !kept ? 0 : byRisk ? 1 - risk : value;

    /// <summary>
    /// R4: the kg sent on a kept outlet, stock · weight / Σ weights, times the organization's supply access at the
    /// source (§8.2; 1 elsewhere), capped by the edge's capacity.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Amount(double stockKg, double weight, double totalWeight, double access, double capacityKg) =>
        Math.Min(stockKg * weight / totalWeight * access, capacityKg);

    /// <summary>R4: an amount too small to send (it stays at the node).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsResidue(double kg) => kg < ResidueKg;
}
