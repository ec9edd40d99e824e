namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// How the organizations reach into trafficking (docs/model.md, "Organizations"): the quantities the organizations
/// set each month from who is in place, and the route agents read. Owned and written by
/// <see cref="OrganizationDynamics"/>; neutral values (nothing closed, full supply, coordinated, full expansion,
/// cost ×1) reproduce NarcoLogic.
/// </summary>
public sealed class RouteCoupling
{
    public RouteCoupling(int nodes, int organizationSlots, int expandMax)
    {
        ExpandMax = expandMax;
        NodeClosed = new bool[nodes];
        SupplyAccess = new double[organizationSlots];
        Array.Fill(SupplyAccess, 1.0);
        Coordinated = new bool[organizationSlots];
        Array.Fill(Coordinated, true);
        ExpansionCap = new int[organizationSlots];
        Array.Fill(ExpansionCap, expandMax);
        CostMultiplier = new double[organizationSlots];
        Array.Fill(CostMultiplier, 1.0);
    }

    /// <summary>Most new nodes an organization with every financier in place adds in a month (trafficking.expandmax, R12).</summary>
    public int ExpandMax { get; }

    /// <summary>Route nodes whose transporter position is vacant: they neither receive nor ship.</summary>
    public bool[] NodeClosed { get; }

    /// <summary>Share of its source supply an organization can take: brokers in place / broker positions.</summary>
    public double[] SupplyAccess { get; }

    /// <summary>Organizations with a leader in place: only they have a network agent.</summary>
    public bool[] Coordinated { get; }

    /// <summary>Most new nodes per month: expandmax × financiers in place / financier positions.</summary>
    public int[] ExpansionCap { get; }

    /// <summary>Transport-cost multiplier from compartmentalization (costlier coordination).</summary>
    public double[] CostMultiplier { get; }
}

/// <summary>What the organizations module is given by the model it runs in: its parameters, the territory it holds,
/// the coupling it writes, and the run's random-stream key and threads.</summary>
public sealed record OrganizationSetting(OrganizationParameters Organizations, TargetingParameters Targeting, Territory Territory,
    RouteCoupling Coupling, int RouteNodes, ulong Seed, int Run, Engine.Parallel.BlockRunner Parallel);
