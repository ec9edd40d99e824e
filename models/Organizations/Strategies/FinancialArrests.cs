namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// financial: financiers and brokers only, highest degree first — smart sanctions on money-holders and
/// precursor/supply holders (policy paper, "Tertiary interventions: smart sanctions"; Bright et al. 2017
/// find money-holder removal second only to betweenness).
/// </summary>
public sealed class FinancialArrests : IArrestStrategy
{
    public string Name => "financial";

    public double Score(TargetingContext c, int member) =>
        c.Network.Role[member] is Role.Financier or Role.Broker ? c.Degree(member) : double.NegativeInfinity;
}
