namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// middle-layer: only lieutenants, highest degree first — the middle management that links leadership and
/// cells (Kenney 2007; Diviák 2024 on high-rank actors).
/// </summary>
public sealed class MiddleLayerArrests : IArrestStrategy
{
    public string Name => "middle-layer";

    public double Score(TargetingContext c, int member) =>
        c.Network.Role[member] == Role.Lieutenant ? c.Degree(member) : double.NegativeInfinity;
}
