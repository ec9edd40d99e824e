using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>The structure presets (Kenney 2007's wheel and chain; the policy paper's Jalisco and Sinaloa).</summary>
public class OrganizationStructureTests
{
    private static NarcoLogicModel Model(OrganizationStructure structure, ulong seed = 1) =>
        new(ScenarioLoader.Load("baseline", [$"organizations.structure={ParameterDeclaration.KebabCase(structure.ToString())}"]), seed);

    private static int TiesBetweenCells(CriminalNetwork net, bool ordinaryOnly)
    {
        int n = 0;
        for (int a = 0; a < net.Count; a++)
            foreach (int b in net.Ties[a])
                if (a < b && net.Cell[a] >= 0 && net.Cell[b] >= 0 && net.Cell[a] != net.Cell[b]
                    && (!ordinaryOnly || (net.Role[a] != Role.Lieutenant && net.Role[b] != Role.Lieutenant))) n++;
        return n;
    }

    [Fact]
    public void EveryOrganizationHasALeaderLieutenantsAndFullCells()
    {
        var net = Model(OrganizationStructure.Hierarchical).Organizations.Network;
        var p = new OrganizationParameters();
        int cellSize = 1 + p.CellBrokers + p.CellProducers + p.CellTransporters + p.CellFinanciers + p.CellRecruiters;
        Assert.Equal(2 * (1 + p.Lieutenants * cellSize), net.Count);
        for (int org = 1; org <= 2; org++)
        {
            Assert.Equal(Role.Leader, net.Role[net.LeaderSlot[org]]);
            Assert.Equal(p.Lieutenants, Enumerable.Range(0, net.Count).Count(m => net.Org[m] == org && net.Role[m] == Role.Lieutenant));
        }
        // Every member of a cell is tied to its lieutenant.
        for (int m = 0; m < net.Count; m++)
            if (net.Cell[m] >= 0 && net.Role[m] != Role.Lieutenant)
                Assert.Contains(net.CellLieutenant[net.Cell[m]], net.Ties[m]);
    }

    [Fact]
    public void HierarchicalIsAWheelFederatedIsDenserNetworkedIsAChain()
    {
        var h = Model(OrganizationStructure.Hierarchical).Organizations.Network;
        var f = Model(OrganizationStructure.Federated).Organizations.Network;
        var n = Model(OrganizationStructure.Networked).Organizations.Network;
        int lieutenants = new OrganizationParameters().Lieutenants;
        // Wheel: the leader is tied to every lieutenant and to nobody else; chain: to one lieutenant only.
        Assert.Equal(lieutenants, h.Ties[h.LeaderSlot[1]].Count);
        Assert.Single(n.Ties[n.LeaderSlot[1]]);
        // Federated lieutenants are tied to each other; hierarchical ones are not.
        int Lt(CriminalNetwork net) => Enumerable.Range(0, net.Count).Count(a => net.Role[a] == Role.Lieutenant && net.Ties[a].Any(b => net.Role[b] == Role.Lieutenant));
        Assert.Equal(0, Lt(h));
        Assert.Equal(2 * lieutenants, Lt(f));
        // Almost no ties between the wheel's sub-groups, many in the federation (same seed).
        Assert.True(TiesBetweenCells(h, true) * 5 < TiesBetweenCells(f, true),
            $"hierarchical {TiesBetweenCells(h, true)} vs federated {TiesBetweenCells(f, true)} between-cell ties");
    }

    [Fact]
    public void EveryRouteNodeIsOperatedByATransporterOfItsOrganization()
    {
        var model = Model(OrganizationStructure.Federated);
        var net = model.Organizations.Network;
        var t = model.World.Territory;
        for (int v = 1; v < model.World.Routes.Market; v++)
        {
            int op = net.NodeOperator[v];
            Assert.True(op >= 0, $"node {v} has no operator");
            Assert.Equal(Role.Transporter, net.Role[op]);
            Assert.Equal(t.NodeOrg[v], net.Org[op]);
        }
    }

    [Fact]
    public void WithoutArrestsTheStructureDoesNotChangeTrafficking()
    {
        // Coupling is neutral while everyone is in place: NarcoLogic's dynamics are untouched.
        var a = Model(OrganizationStructure.Hierarchical, 3);
        var b = Model(OrganizationStructure.Networked, 3);
        a.Run();
        b.Run();
        Assert.Equal(a.Totals.DeliveredByMonth, b.Totals.DeliveredByMonth);
        Assert.Equal(a.Totals.SeizedByMonth, b.Totals.SeizedByMonth);
    }
}
