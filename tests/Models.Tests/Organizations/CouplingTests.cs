using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>How vacancies reach trafficking (docs/model.md, "Organizations: coupling").</summary>
public class CouplingTests
{
    private const int Warmup = 60;

    /// <summary>Runs the baseline to month <see cref="Warmup"/>, vacates the chosen positions for good, runs on.</summary>
    private static NarcoLogicModel RunWithVacancies(Func<CriminalNetwork, int, bool> vacate, Action<NarcoLogicModel, int>? eachLaterMonth = null)
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline"), 2);
        for (int t = 0; t < Warmup; t++) model.Schedule.RunTick(t);
        var net = model.Organizations.Network;
        for (int m = 0; m < net.Count; m++)
            if (vacate(net, m)) model.Organizations.Vacate(m, int.MaxValue);
        for (int t = Warmup; t < Warmup + 24; t++)
        {
            model.Schedule.RunTick(t);
            eachLaterMonth?.Invoke(model, t);
        }
        return model;
    }

    [Fact]
    public void ATransportersArrestClosesTheRouteNodesItOperates()
    {
        int transporter = -1;
        var closed = new List<int>();
        RunWithVacancies((net, m) =>
        {
            if (transporter >= 0 || net.Role[m] != Role.Transporter || net.Org[m] != 1) return false;
            transporter = m;
            for (int v = 0; v < net.NodeOperator.Length; v++) if (net.NodeOperator[v] == m) closed.Add(v);
            return true;
        }, (model, t) =>
        {
            var w = model.World;
            foreach (int v in closed)
            {
                Assert.True(w.NodeClosed[v]);
                foreach (int e in w.Routes.Graph.InEdges(v)) Assert.Equal(0, w.Flow[e] + w.Seized[e]);
            }
        });
        Assert.NotEmpty(closed);
    }

    [Fact]
    public void ABrokerVacancyCutsTheOrganizationsSupply()
    {
        RunWithVacancies((net, m) => net.Role[m] == Role.Broker && net.Org[m] == 1, (model, t) =>
        {
            var w = model.World;
            Assert.Equal(0, w.SupplyAccess[1]);
            var g = w.Routes.Graph;
            for (int e = g.OutStart(w.Routes.Source); e < g.OutEnd(w.Routes.Source); e++)
                if (w.Territory.EdgeOrg[e] == 1) Assert.Equal(0, w.Flow[e] + w.Seized[e]);
        });
    }

    [Fact]
    public void HalfTheBrokersHalveTheSupplyTheOrganizationCanTake()
    {
        int taken = 0;
        var model = RunWithVacancies((net, m) => net.Role[m] == Role.Broker && net.Org[m] == 1 && taken++ < 2);
        Assert.Equal(0.5, model.World.SupplyAccess[1], 12);
    }

    [Fact]
    public void AFinancierVacancyStopsExpansion()
    {
        RunWithVacancies((net, m) => net.Role[m] == Role.Financier && net.Org[m] == 2, (model, t) =>
        {
            Assert.Equal(0, model.World.ExpansionCap[2]);
            Assert.Equal(0, model.NetworkAgent.Added[2]);
        });
    }

    [Fact]
    public void WithoutALeaderTheNetworkAgentDoesNotAct()
    {
        RunWithVacancies((net, m) => m == net.LeaderSlot[1], (model, t) =>
        {
            Assert.False(model.World.Coordinated[1]);
            Assert.Equal(0, model.NetworkAgent.Added[1]);
            Assert.Equal(0, model.NetworkAgent.Cut[1]);
        });
    }

    [Fact]
    public void RecruitersSpeedReplacement()
    {
        static int VacantMonths(double speedup)
        {
            var s = ScenarioLoader.Load("baseline", ["targeting.arrest_strategy=random", "targeting.start_month=12",
                "targeting.arrest_success=1", "targeting.arrests_per_month=2", $"organizations.recruiter_speedup={speedup}", "ticks=72"]);
            var model = new NarcoLogicModel(s, 5);
            int vacant = 0;
            model.Run(_ => vacant += model.OrganizationSummary.Members);
            return 72 * model.Organizations.Network.Count - vacant;
        }
        int slow = VacantMonths(0), fast = VacantMonths(3);
        Assert.True(fast < slow, $"vacant member-months with recruiters' speed-up {fast} should be below without {slow}");
    }
}
