using TraffickingAbm.Models.Landscape;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Monthly source supply, logistic in whole years (NarcoLogic 2018 code; R14):
/// S(t) = K·S0·e^{r⌊t/12⌋} / (K + S0·(e^{r⌊t/12⌋} − 1)), so month 0 supplies S0.
/// </summary>
public static class SupplyCurve
{
    public static double Kg(SupplyParameters p, int month)
    {
        double growth = Math.Exp(p.GrowthRatePerYear * (month / 12));
        return p.CarryingCapacityKg * p.InitialKg * growth / (p.CarryingCapacityKg + p.InitialKg * (growth - 1));
    }
}
