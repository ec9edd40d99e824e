using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R7, the risk premium on transport cost (Caulkins, Crawford &amp; Reuter 1993; NarcoLogic 2018 code;
/// docs/model.md §7.10): a factor that rises with perceived risk above baserisk, applied to cost at month end.
/// </summary>
public static class RiskPremiumRule
{
    /// <summary>R7: the cost multiplier over base cost is clamped here, so compounding cannot overflow.</summary>
    public const double MaxMultiplier = 1e9;

    /// <summary>
    /// R7: risk pressure (risk / baserisk)^riskmltplr. The calibrated exponent 2 is computed as ratio · ratio,
    /// exact and far cheaper than a power.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pressure(double risk, double baseRisk, double exponent)
    {
        double ratio = risk / baseRisk;
        return exponent == 2 ? ratio * ratio : Math.Pow(ratio, exponent);
    }

    /// <summary>R7: the factor's monthly update, f ← max(1, (1 − ρ)·f + ρ·pressure), ρ = rt_learn.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NextFactor(double factor, double pressure, double rtLearn) => Math.Max(1, (1 - rtLearn) * factor + rtLearn * pressure);

    /// <summary>
    /// R7 at month end: "compounding" (2018 code) multiplies the current cost by the factor, "level" the base cost;
    /// either way at most <see cref="MaxMultiplier"/> × base cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NextCost(bool compounding, double cost, double baseCost, double factor) =>
        Math.Min(compounding ? cost * factor : baseCost * factor, baseCost * MaxMultiplier);
}

/// <summary>
/// R7's factor update for one month's parameters, with what does not change per edge worked out once (1 − ρ, whether
/// the exponent is the calibrated 2): the same arithmetic as <see cref="RiskPremiumRule.Pressure"/> then
/// <see cref="RiskPremiumRule.NextFactor"/> (tested against them), for the per-edge loop.
/// </summary>
public readonly struct RiskPremiumStep(double baseRisk, double exponent, double rtLearn)
{
    private readonly bool _square = exponent == 2;
    private readonly double _keep = 1 - rtLearn;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextFactor(double factor, double risk)
    {
        double ratio = risk / baseRisk;
        double pressure = _square ? ratio * ratio : Math.Pow(ratio, exponent);
        return Math.Max(1, _keep * factor + rtLearn * pressure);
    }
}
