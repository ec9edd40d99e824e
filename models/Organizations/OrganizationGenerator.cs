using QuikGraph;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Builds each organization's member graph from a structure preset (Kenney 2007, "wheel" versus "chain";
/// the policy paper's Jalisco and Sinaloa descriptions) and hands its route nodes to its transporters.
/// </summary>
/// <remarks>
/// Every organization has a leader and <c>lieutenants</c> cells; each cell has a lieutenant and the
/// configured brokers, producers, transporters, financiers and recruiters, all tied to their lieutenant,
/// and to each other with probability <c>within_cell_density</c>. Between cells:
/// <list type="bullet">
/// <item><b>hierarchical</b> (wheel): the leader is tied to every lieutenant; members of different cells
/// are tied with a tenth of <c>between_cell_density</c> (almost no ties between sub-groups).</item>
/// <item><b>federated</b>: the leader and all lieutenants are tied to each other; members of any two cells
/// are tied with <c>between_cell_density</c>.</item>
/// <item><b>networked</b> (chain): lieutenants form a chain, the leader is tied to the first lieutenant
/// only; members of neighbouring cells are tied with <c>between_cell_density</c>.</item>
/// </list>
/// </remarks>
public static class OrganizationGenerator
{
    /// <param name="parallel">Organizations are generated on these threads (each from its own random stream,
    /// into its own members and its own tie graph); ties are then added organization by organization, in the
    /// order a single graph of all members would list them, so the network is the same at any thread count.</param>
    public static CriminalNetwork Generate(OrganizationParameters p, Territory territory, int routeNodes, ulong seed, int run,
        BlockRunner? parallel = null)
    {
        int orgs = territory.Count;
        int cellSize = 1 + p.CellBrokers + p.CellProducers + p.CellTransporters + p.CellFinanciers + p.CellRecruiters;
        int perOrg = 1 + p.Lieutenants * cellSize;
        var net = new CriminalNetwork(orgs * perOrg, orgs * p.Lieutenants, territory.Capacity, routeNodes);
        var ties = new SUndirectedEdge<int>[orgs + 1][];
        (parallel ?? BlockRunner.Sequential).ForEach(orgs, new OrganizationBody(net, p, perOrg, seed, run, ties));
        for (int org = 1; org <= orgs; org++)
            foreach (var e in ties[org]) net.AddTie(e.Source, e.Target);
        AssignRouteNodes(net, territory);
        return net;
    }

    /// <summary>Organization block + 1: its members, cells and ties (members (org − 1)·perOrg onwards).</summary>
    private sealed class OrganizationBody(CriminalNetwork net, OrganizationParameters p, int perOrg, ulong seed, int run,
        SUndirectedEdge<int>[][] ties) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int org = block + 1;
            int m = (org - 1) * perOrg;
            // The organization's own graph: ties never cross organizations, and its members' ids are consecutive.
            var graph = new UndirectedGraph<int, SUndirectedEdge<int>>(allowParallelEdges: false);
            graph.AddVertexRange(Enumerable.Range(m, perOrg));
            var rng = new RngStream(seed, run, RandomStreams.OrganizationTies, org, 0);
            net.Structure[org] = p.Structure;
            net.FirstMember[org] = m;
            net.EndMember[org] = m + perOrg;
            int leader = m++;
            Place(net, leader, Role.Leader, org, -1);
            net.LeaderSlot[org] = leader;
            var cellMembers = new List<int>[p.Lieutenants];
            for (int c = 0; c < p.Lieutenants; c++)
            {
                int cell = (org - 1) * p.Lieutenants + c;
                int lieutenant = m++;
                Place(net, lieutenant, Role.Lieutenant, org, cell);
                net.CellLieutenant[cell] = lieutenant;
                cellMembers[c] = [lieutenant];
                foreach (var (role, count) in CellRoles(p))
                    for (int k = 0; k < count; k++)
                    {
                        Place(net, m, role, org, cell);
                        Tie(graph, m, lieutenant);
                        cellMembers[c].Add(m++);
                    }
                var members = cellMembers[c];
                for (int i = 1; i < members.Count; i++)
                    for (int j = i + 1; j < members.Count; j++)
                        if (rng.NextDouble() < p.WithinCellDensity) Tie(graph, members[i], members[j]);
            }
            TieCells(graph, p, leader, cellMembers, ref rng);
            ties[org] = graph.Edges.ToArray();
        }
    }

    private static void TieCells(UndirectedGraph<int, SUndirectedEdge<int>> g, OrganizationParameters p, int leader, List<int>[] cells, ref RngStream rng)
    {
        int n = cells.Length;
        switch (p.Structure)
        {
            case OrganizationStructure.Networked:
                Tie(g, leader, cells[0][0]);
                for (int c = 0; c + 1 < n; c++)
                {
                    Tie(g, cells[c][0], cells[c + 1][0]);
                    TieMembers(g, cells[c], cells[c + 1], p.BetweenCellDensity, ref rng);
                }
                break;
            case OrganizationStructure.Federated:
                for (int c = 0; c < n; c++)
                {
                    Tie(g, leader, cells[c][0]);
                    for (int d = c + 1; d < n; d++)
                    {
                        Tie(g, cells[c][0], cells[d][0]);
                        TieMembers(g, cells[c], cells[d], p.BetweenCellDensity, ref rng);
                    }
                }
                break;
            default: // hierarchical wheel
                for (int c = 0; c < n; c++)
                {
                    Tie(g, leader, cells[c][0]);
                    for (int d = c + 1; d < n; d++) TieMembers(g, cells[c], cells[d], p.BetweenCellDensity / 10, ref rng);
                }
                break;
        }
    }

    /// <summary>Ties ordinary members (not lieutenants) of two cells with the given probability.</summary>
    private static void TieMembers(UndirectedGraph<int, SUndirectedEdge<int>> g, List<int> a, List<int> b, double density, ref RngStream rng)
    {
        for (int i = 1; i < a.Count; i++)
            for (int j = 1; j < b.Count; j++)
                if (rng.NextDouble() < density) Tie(g, a[i], b[j]);
    }

    /// <summary>
    /// Each organization's transit nodes go round-robin, in index order, to its transporters (in member order).
    /// One pass over the members and one over the nodes, for all organizations together.
    /// </summary>
    private static void AssignRouteNodes(CriminalNetwork net, Territory territory)
    {
        int orgs = territory.Count;
        var start = new int[orgs + 2]; // transporters of org: transporters[start[org] .. start[org + 1])
        for (int i = 0; i < net.Count; i++)
            if (net.Role[i] == Role.Transporter) start[net.Org[i] + 1]++;
        for (int org = 1; org < start.Length; org++) start[org] += start[org - 1];
        var transporters = new int[start[^1]];
        var fill = (int[])start.Clone();
        for (int i = 0; i < net.Count; i++)
            if (net.Role[i] == Role.Transporter) transporters[fill[net.Org[i]]++] = i;
        var next = new int[orgs + 1]; // round-robin position per organization
        for (int v = 0; v < territory.NodeOrg.Length; v++)
        {
            int org = territory.NodeOrg[v];
            if (org == 0) continue; // source and market
            int count = start[org + 1] - start[org];
            if (count == 0) continue;
            net.NodeOperator[v] = transporters[start[org] + next[org]++ % count];
        }
    }

    private static IEnumerable<(Role Role, int Count)> CellRoles(OrganizationParameters p) =>
    [
        (Role.Broker, p.CellBrokers), (Role.Producer, p.CellProducers), (Role.Transporter, p.CellTransporters),
        (Role.Financier, p.CellFinanciers), (Role.Recruiter, p.CellRecruiters),
    ];

    private static void Place(CriminalNetwork net, int m, Role role, int org, int cell)
    {
        net.Role[m] = role;
        net.Org[m] = org;
        net.Cell[m] = cell;
        net.Occupied[m] = true;
    }

    private static void Tie(UndirectedGraph<int, SUndirectedEdge<int>> g, int a, int b)
    {
        if (a == b || g.ContainsEdge(a, b)) return;
        g.AddEdge(a < b ? new SUndirectedEdge<int>(a, b) : new SUndirectedEdge<int>(b, a));
    }
}
