using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>
/// The sparse monthly bookkeeping (EdgeActivity, the premium's live set, organization-parallel shipping, the
/// stocked-node list) against plain passes over every edge and node, every month.
/// </summary>
public class ActiveEdgeSetTests
{
    [Theory]
    [InlineData("baseline", "targeting.arrest_strategy=kingpin")]
    [InlineData("narcologic-2020", "trafficking.risk_counts=targeted")]
    [InlineData("scale-10k", "targeting.route_strategy=route-chokepoint")]
    public void ListsAndPremiumMatchFullPassesEveryMonth(string name, string setting)
    {
        var scenario = ScenarioLoader.Load(name, ["ticks=72", setting]);
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(2);
        var model = new NarcoLogicModel(scenario, 5, parallel: parallel);
        var w = model.World;
        var t = scenario.NarcoLogic().Trafficking;
        int m = w.Routes.EdgeCount;
        var factor = Enumerable.Repeat(1.0, m).ToArray();
        var cost = (double[])w.Routes.BaseCostUsdPerKg.Clone();
        int months = 0, activeSeen = 0, stockedSeen = 0;
        model.Run(tick =>
        {
            var active = Enumerable.Range(0, m).Where(e => w.Flow[e] > 0 || w.Seized[e] > 0).ToArray();
            Assert.Equal(active, w.Activity.ThisMonth.ToArray());
            Assert.Equal(Enumerable.Range(0, m).Where(e => w.EventHistory[e] != 0).ToArray(), w.Activity.Windowed.ToArray().Order().ToArray());
            Assert.Equal(active.Where(e => w.Targeted[e]).Sum(e => w.Seized[e]), w.SeizedKg, 9);
            for (int e = 0; e < m; e++)
            {
                double ratio = w.PerceivedRisk[e] / t.BaseRisk;
                double pressure = t.RiskMultiplier == 2 ? ratio * ratio : Math.Pow(ratio, t.RiskMultiplier);
                factor[e] = Math.Max(1, (1 - t.RtLearn) * factor[e] + t.RtLearn * pressure);
                if (t.Premium == PremiumRule.Compounding && factor[e] == 1) continue;
                double next = t.Premium == PremiumRule.Compounding ? cost[e] * factor[e] : w.Routes.BaseCostUsdPerKg[e] * factor[e];
                cost[e] = Math.Min(next, w.Routes.BaseCostUsdPerKg[e] * RiskPremium.MaxMultiplier);
            }
            Assert.Equal(factor, model.Premium.Factor.ToArray());
            Assert.Equal(cost, w.Cost);
            activeSeen += active.Length;
            // Stock in transit as the pass over every node summed it: per block of node ids, blocks in order.
            var stocked = Enumerable.Range(1, w.Routes.Market - 1).Where(v => w.Stock[v] != 0).ToArray();
            Assert.Equal(stocked, w.Stocked.Nodes.ToArray().Order().ToArray());
            double inTransit = 0;
            for (int start = 0; start < w.Routes.NodeCount; start += TraffickingAbm.Engine.Parallel.BlockRunner.BlockSize)
            {
                double block = 0;
                for (int v = Math.Max(start, 1); v < Math.Min(start + TraffickingAbm.Engine.Parallel.BlockRunner.BlockSize, w.Routes.Market); v++) block += w.Stock[v];
                inTransit += block;
            }
            Assert.Equal(inTransit, model.Sums.InTransitKg);
            var g = w.Routes.Graph;
            var reached = active.Where(e => w.Flow[e] > 0).Select(e => g.Target(e)).Where(v => v != w.Routes.Market).Distinct().ToArray();
            Assert.Equal(reached.Length, model.Sums.TotalActiveNodes);
            for (int org = 0; org <= w.Territory.Count; org++)
                Assert.Equal(reached.Count(v => w.Territory.NodeOrg[v] == org), model.Sums.ActiveNodes[org]);
            stockedSeen += stocked.Length;
            months++;
        });
        Assert.Equal(72, months);
        Assert.True(activeSeen > 0, "no edge was ever active: the comparison proved nothing");
        if (setting.Contains("kingpin")) Assert.True(stockedSeen > 0, "no node ever held stock at month end: the stocked list was not exercised");
    }
}
