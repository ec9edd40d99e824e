namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// kingpin: leaders first, then the members of highest degree (the "kingpin strategy" of decapitation;
/// Kenney 2007; Calderón et al. 2015).
/// </summary>
public sealed class KingpinArrests : IArrestStrategy
{
    public string Name => "kingpin";

    public double Score(TargetingContext c, int member) =>
        (c.Network.Role[member] == Role.Leader ? 1e6 : 0) + c.Degree(member);
}
