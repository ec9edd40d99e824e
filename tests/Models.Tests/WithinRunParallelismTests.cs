using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;
using TraffickingAbm.Engine.Runs;

namespace TraffickingAbm.Models.Tests;

/// <summary>The within-run parallel phases give bit-identical output at any thread count (issue 7).</summary>
public class WithinRunParallelismTests
{
    // scale-10k: ~100,000 edges, four blocks of BlockRunner.BlockSize.
    private static Scenario MultiBlockWorld(params string[] extra) =>
        ScenarioLoader.Load("scale-10k", ["ticks=36", .. extra]);

    [Theory]
    [InlineData("targeting.arrest_strategy=none")]
    [InlineData("targeting.route_strategy=route-chokepoint")]
    public void OutputIsByteIdenticalAtOneTwoAndThreeThreads(string setting)
    {
        using var dir = new TempDirectory();
        var scenario = MultiBlockWorld(setting);
        var one = ModelRun.ToFolder(scenario, 7, dir.Sub("t1"), threads: 1);
        Assert.True(BlockRunner.BlockCount(((NarcoLogicModel)one.Model).World.Routes.EdgeCount) >= 3, "the world must span several blocks");
        ModelRun.ToFolder(scenario, 7, dir.Sub("t2"), threads: 2);
        ModelRun.ToFolder(scenario, 7, dir.Sub("t3"), threads: 3);
        foreach (var file in Directory.GetFiles(dir.Sub("t1"), "*.parquet"))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir.Sub("t2"), Path.GetFileName(file))));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir.Sub("t3"), Path.GetFileName(file))));
        }
    }

    /// <summary>
    /// Months with few stocked nodes ship on one thread; this forces the organization-parallel path in every
    /// month of a two-thread run and requires the same state as one thread.
    /// </summary>
    [Fact]
    public void ShippingOrganizationsInParallelEqualsOneThreadEveryMonth()
    {
        var scenario = MultiBlockWorld("targeting.arrest_strategy=kingpin", "targeting.start_month=6");
        using var two = new BlockRunner(2);
        var parallel = new NarcoLogicModel(scenario, 7, parallel: two);
        parallel.NodeAgents.ParallelStockedNodes = 0;
        var sequential = new NarcoLogicModel(scenario, 7);
        for (int t = 0; t < scenario.Ticks; t++)
        {
            parallel.Schedule.RunTick(t);
            sequential.Schedule.RunTick(t);
            Assert.Equal(sequential.World.Stock, parallel.World.Stock);
            Assert.Equal(sequential.World.Flow, parallel.World.Flow);
            Assert.Equal(sequential.World.Seized, parallel.World.Seized);
            Assert.Equal(sequential.World.RoutePref.ToArray(), parallel.World.RoutePref.ToArray());
            Assert.Equal(sequential.World.Stocked.Nodes.ToArray().Order(), parallel.World.Stocked.Nodes.ToArray().Order());
        }
        Assert.True(sequential.World.DeliveredKg > 0, "nothing was delivered: shipping was not exercised");
    }

    [Fact]
    public void TheAgentsTreeCutoffEqualsThePlainQuantileEveryMonth()
    {
        var scenario = ScenarioLoader.Load("baseline", ["ticks=60"]);
        var model = new NarcoLogicModel(scenario, 3);
        var agent = model.Interdiction;
        var p = scenario.NarcoLogic().Interdiction;
        int checkedMonths = 0;
        model.Run(_ =>
        {
            foreach (double pct in new[] { p.CutoffPercentile, p.FallbackPercentile, 0.0, 100.0 })
                Assert.Equal(HazenQuantile.OfNonZero(model.World.SlProb, pct / 100), agent.CutoffQuantile(pct / 100));
            checkedMonths++;
        });
        Assert.Equal(60, checkedMonths);
    }
}
