using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>
/// The month start visits only listed vacancies and recomputes the coupling only after a change: checked against
/// the rules read over every member and node, every month of runs with arrests, successions and splits.
/// </summary>
public class RefillTests
{
    [Theory]
    [InlineData("kingpin", 1)]
    [InlineData("utility", 2)]
    public void EveryDueVacancyIsRefilledAndTheCouplingFollowsOccupancy(string strategy, int threads)
    {
        var scenario = ScenarioLoader.Load("scale-10k", [
            $"targeting.arrest_strategy={strategy}", "targeting.start_month=2", "targeting.arrests_per_month=20", "ticks=48"]);
        using var parallel = new BlockRunner(threads);
        var model = new NarcoLogicModel(scenario, 4, parallel: parallel);
        var net = model.Organizations.Network;
        var w = model.World;
        int refills = 0;
        for (int t = 0; t < scenario.Ticks; t++)
            foreach (var phase in model.Schedule.Phases)
            {
                var vacantBefore = phase.Name == "organizations.refill" ? net.Occupied.Select(o => !o).ToArray() : null;
                phase.Run(t);
                if (phase.Name is not ("organizations.refill" or "investigation.arrest")) continue;
                for (int m = 0; m < net.Count; m++)
                {
                    bool due = !net.Occupied[m] && !net.Retired[m] && net.Role[m] != Role.Leader && net.VacantUntil[m] <= t;
                    Assert.False(due && phase.Name == "organizations.refill", $"month {t}: member {m}'s vacancy ended but it was not refilled");
                    if (vacantBefore is not null && vacantBefore[m] && net.Occupied[m]) refills++;
                }
                for (int v = 0; v < w.Routes.NodeCount; v++)
                {
                    int op = net.NodeOperator[v];
                    Assert.Equal(op >= 0 && !net.IsPresent(op), w.NodeClosed[v]);
                }
                for (int org = 1; org <= w.Territory.Count; org++)
                {
                    int brokers = 0, brokersIn = 0;
                    for (int m = 0; m < net.Count; m++)
                        if (!net.Retired[m] && net.Org[m] == org && net.Role[m] == Role.Broker) { brokers++; if (net.Occupied[m]) brokersIn++; }
                    Assert.Equal(brokers > 0 ? (double)brokersIn / brokers : 1, w.SupplyAccess[org]);
                }
            }
        Assert.True(refills > 20, $"only {refills} refills: the vacancy list was hardly exercised");
    }
}
