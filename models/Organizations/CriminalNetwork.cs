namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Every organization's members as positions ("slots") in one graph. A slot keeps its role, cell and ties
/// while vacant, so a replacement takes over the position and its ties (Duijn et al. 2014's recovery by a
/// same-role replacement). Structure-of-arrays indexed by member id.
/// </summary>
public sealed class CriminalNetwork
{
    public CriminalNetwork(int members, int cells, int organizationCapacity, int routeNodes)
    {
        Role = new Role[members];
        Org = new int[members];
        Cell = new int[members];
        Occupied = new bool[members];
        Retired = new bool[members];
        VacantUntil = new int[members];
        ExposedUntil = new int[members];
        Ties = new List<int>[members];
        for (int i = 0; i < members; i++) Ties[i] = new List<int>();
        CellLieutenant = new int[cells];
        LeaderSlot = new int[organizationCapacity + 1];
        Array.Fill(LeaderSlot, -1);
        SuccessionUntil = new int[organizationCapacity + 1];
        Array.Fill(SuccessionUntil, -1);
        Structure = new OrganizationStructure[organizationCapacity + 1];
        TiesCut = new int[organizationCapacity + 1];
        FirstMember = new int[organizationCapacity + 1];
        EndMember = new int[organizationCapacity + 1];
        Array.Fill(EndMember, members);
        NodeOperator = new int[routeNodes];
        Array.Fill(NodeOperator, -1);
    }

    public int Count => Role.Length;
    public Role[] Role { get; }
    public int[] Org { get; }
    public int[] Cell { get; }

    /// <summary>The position is filled by a free member. To vacate one from outside the organization dynamics use
    /// <see cref="OrganizationDynamics.Vacate"/>, which lists it for refilling and counts the change.</summary>
    public bool[] Occupied { get; }

    /// <summary>A position that no longer exists (the old leader's after a split); ignored everywhere.</summary>
    public bool[] Retired { get; }

    /// <summary>Month from which a vacant position is filled again.</summary>
    public int[] VacantUntil { get; }

    /// <summary>Month until which the member is exposed by an informant (arrests succeed more often).</summary>
    public int[] ExposedUntil { get; }

    /// <summary>Symmetric adjacency lists.</summary>
    public List<int>[] Ties { get; }

    /// <summary>Lieutenant position heading each cell, or -1 once the cell has become its own organization.</summary>
    public int[] CellLieutenant { get; }

    /// <summary>Leader position of each organization (index = organization id).</summary>
    public int[] LeaderSlot { get; }

    /// <summary>Month a pending succession resolves; -1 when none is pending.</summary>
    public int[] SuccessionUntil { get; }

    public OrganizationStructure[] Structure { get; }

    /// <summary>Ties an organization has cut to compartmentalize.</summary>
    public int[] TiesCut { get; }

    /// <summary>
    /// Member ids FirstMember[org] .. EndMember[org] − 1 hold every member of the organization (and maybe
    /// members of organizations split from the same original one): loops over one organization's members scan
    /// this range instead of the whole network. All members until the generator narrows it.
    /// </summary>
    public int[] FirstMember { get; }

    /// <inheritdoc cref="FirstMember"/>
    public int[] EndMember { get; }

    /// <summary>Transporter position operating each route node; -1 for source, market and unassigned nodes.</summary>
    public int[] NodeOperator { get; }

    /// <summary>Bumped by every change of occupancy, roles or ties, so measures can be cached between changes.</summary>
    public int Version { get; private set; }

    public void MarkChanged() => Version++;

    /// <summary>A member that counts: an existing position that is filled.</summary>
    public bool IsPresent(int m) => Occupied[m] && !Retired[m];

    public void AddTie(int a, int b)
    {
        if (a == b || Ties[a].Contains(b)) return;
        Ties[a].Add(b);
        Ties[b].Add(a);
        Version++;
    }

    public void RemoveTie(int a, int b)
    {
        Ties[a].Remove(b);
        Ties[b].Remove(a);
        Version++;
    }

    /// <summary>Presence as a reusable boolean view for <see cref="NetworkMeasures"/>.</summary>
    public void FillPresent(bool[] present)
    {
        for (int m = 0; m < Count; m++) present[m] = IsPresent(m);
    }
}
