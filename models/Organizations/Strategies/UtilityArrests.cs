namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// utility: betweenness × scarcity of the role, Sparrow's (1991) most valuable targets, central *and*
/// hard to replace. Scarcity = the role's base replacement months / members of that role present in the
/// organization; betweenness is taken + 1 so that scarce but peripheral members still rank.
/// </summary>
public sealed class UtilityArrests : IArrestStrategy
{
    public string Name => "utility";

    public double Score(TargetingContext c, int member)
    {
        var role = c.Network.Role[member];
        double scarcity = Math.Max(c.ReplaceMonths[(int)role], 0.5) / Math.Max(c.SameRolePresent(member), 1);
        return (c.Betweenness(member) + 1) * scarcity;
    }
}
