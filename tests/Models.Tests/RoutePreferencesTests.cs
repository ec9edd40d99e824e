using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>
/// The permitted-edge figures that RoutePreferences keeps as edges open, close and change risk, against plain
/// passes over every edge, every month (they replaced such a pass in the record phase).
/// </summary>
public class RoutePreferencesTests
{
    [Theory]
    [InlineData("scale-10k", "targeting.arrest_strategy=kingpin", 2)] // splits move edges between organizations
    [InlineData("baseline", "trafficking.risk_refresh_unused=true", 1)] // risk changes on every edge, in blocks
    [InlineData("baseline", "trafficking.network_agent=false", 1)]     // every territory edge open from the start
    [InlineData("narcologic", "interdiction.sl_min=38", 1)]
    public void FiguresEqualPlainPassesEveryMonth(string name, string setting, int threads)
    {
        var scenario = ScenarioLoader.Load(name, ["ticks=60", "targeting.start_month=3", setting]);
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var model = new NarcoLogicModel(scenario, 3, parallel: parallel);
        var w = model.World;
        int m = w.Routes.EdgeCount, versionAtStart = w.Territory.Version, opened = 0, riskMoves = 0;
        var previous = w.RoutePref.ToArray();
        double previousSum = w.RoutePref.PermittedRiskSum;
        model.Run(tick =>
        {
            var pref = w.RoutePref.Values;
            var byOrg = new int[w.Territory.Capacity + 1];
            int count = 0;
            Int128 units = 0;
            double plainSum = 0;
            for (int e = 0; e < m; e++)
            {
                if (pref[e] <= 0) continue;
                count++;
                byOrg[w.Territory.EdgeOrg[e]]++;
                units += RoutePreferences.Units(w.PerceivedRisk[e]);
                plainSum += w.PerceivedRisk[e];
                if (previous[e] <= 0) opened++;
            }
            Assert.Equal(count, w.RoutePref.PermittedCount);
            var listed = new int[m];
            var values = w.RoutePref.ToArray();
            Assert.Equal(Enumerable.Range(0, m).Where(e => values[e] > 0).ToArray(), listed[..w.RoutePref.PermittedIn(0, m, listed)]);
            Assert.Equal(count, model.Sums.TotalPermitted);
            Assert.Equal(byOrg, model.Sums.Permitted);
            Assert.Equal((double)units / Math.Pow(2, 60), model.Sums.RiskSum);
            Assert.Equal(plainSum, model.Sums.RiskSum, plainSum * 1e-12);
            if (model.Sums.RiskSum != previousSum) riskMoves++;
            previous = w.RoutePref.ToArray();
            previousSum = model.Sums.RiskSum;
        });
        Assert.True(riskMoves > 10, $"the permitted risk sum moved in {riskMoves} months: the bookkeeping was hardly exercised");
        if (scenario.NarcoLogic().Trafficking.NetworkAgent) Assert.True(opened > 0, "no edge ever opened: expansion was not exercised");
        if (setting.Contains("kingpin")) Assert.True(w.Territory.Version > versionAtStart, "no split: the recount after a territory change was not exercised");
    }

    [Fact]
    public void PermittedInListsExactlyThePermittedEdgesOfAnyRange()
    {
        var prefs = new NarcoLogicModel(ScenarioLoader.Load("baseline"), 1).World.RoutePref;
        var random = new Random(7);
        var values = new double[prefs.Length];
        for (int e = 0; e < values.Length; e++) values[e] = random.Next(3) == 0 ? 1 : 0;
        prefs.CopyFrom(values);
        var output = new int[prefs.Length];
        int[] bounds = [0, 1, 63, 64, 65, 127, 128, 500, prefs.Length - 1, prefs.Length];
        foreach (int start in bounds)
            foreach (int end in bounds)
            {
                int n = prefs.PermittedIn(start, end, output);
                var expected = Enumerable.Range(start, Math.Max(0, end - start)).Where(e => values[e] > 0).ToArray();
                Assert.Equal(expected, output[..n]);
            }
    }

    [Fact]
    public void CopyFromKeepsTheFiguresAndRejectsAWrongLength()
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline"), 1);
        var prefs = model.World.RoutePref;
        var open = new double[prefs.Length];
        Array.Fill(open, 1.0);
        prefs.CopyFrom(open);
        Assert.Equal(prefs.Length, prefs.PermittedCount);
        Assert.Equal(model.World.PerceivedRisk.Sum(), prefs.PermittedRiskSum, 1e-9);
        prefs.CopyFrom(new double[prefs.Length]);
        Assert.Equal(0, prefs.PermittedCount);
        Assert.Equal(0.0, prefs.PermittedRiskSum);
        Assert.Throws<ArgumentException>(() => prefs.CopyFrom(new double[3]));
    }
}
