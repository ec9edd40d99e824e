using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>
/// The sparse monthly bookkeeping (EdgeActivity, the premium's live set, organization-parallel shipping)
/// against plain passes over every edge, every month.
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
        var t = scenario.Parameters.Trafficking;
        int m = w.Routes.EdgeCount;
        var factor = Enumerable.Repeat(1.0, m).ToArray();
        var cost = (double[])w.Routes.BaseCostUsdPerKg.Clone();
        int months = 0, activeSeen = 0;
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
            months++;
        });
        Assert.Equal(72, months);
        Assert.True(activeSeen > 0, "no edge was ever active: the comparison proved nothing");
    }
}
