using TraffickingAbm.Models.Scenarios;
using TraffickingAbm.Models.Tests.ManyOrganizations;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>
/// The sparse, blocked and parallel iteration against plain references that apply the same rule functions, from the
/// same state, every month of real runs (the baseline and variants, and the 100-organization scale-10k world).
/// The premium (R7) over live and active edges is checked against a pass over all edges in ActiveEdgeSetTests.
/// </summary>
public class FastPathAgainstReferenceTests
{
    /// <summary>R2–R6: the world after traffickers.ship equals a plain index-order pass over every node.</summary>
    [Theory]
    [InlineData("baseline", 1, "ticks=48")]
    [InlineData("baseline", 2, "ticks=48", "targeting.arrest_strategy=kingpin", "targeting.start_month=6")] // closed nodes, broker access
    [InlineData("narcologic-2020", 2, "ticks=48", "landscape.edge_capacity_kg=2")] // capped shipments, stock kept
    [InlineData("baseline", 1, "ticks=36", "trafficking.network_agent=false")]
    [InlineData("scale-10k", 2, "ticks=18", "targeting.arrest_strategy=kingpin", "targeting.start_month=3")]
    public void ShippingEqualsAPlainPassOverAllNodesEveryMonth(string name, int threads, params string[] settings)
    {
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var model = new NarcoLogicModel(ScenarioLoader.Load(name, settings), 5, parallel: parallel);
        if (threads > 1) model.NodeAgents.ParallelStockedNodes = 0; // the organization-parallel path every month
        var w = model.World;
        var reference = new ReferenceShipping(w);
        int months = 0, monthsWithStockKept = 0;
        double outflow = 0, seized = 0, delivered = 0;
        EveryMonthAround(model, "traffickers.ship", () =>
            {
                reference.Ship();
                (outflow, seized, delivered) = (w.SourceOutflowKg, w.SeizedKg, w.DeliveredKg);
            }, () =>
            {
                Assert.Equal(reference.Stock, w.Stock);
                Assert.Equal(reference.Flow, w.Flow);
                Assert.Equal(reference.Seized, w.Seized);
                Assert.Equal(outflow + reference.OutflowKg, w.SourceOutflowKg);
                Assert.Equal(seized + reference.SeizedKg, w.SeizedKg);
                Assert.Equal(delivered + reference.DeliveredKg, w.DeliveredKg);
                if (Enumerable.Range(1, w.Routes.Market - 1).Any(v => w.Stock[v] > 0)) monthsWithStockKept++;
                months++;
            });
        Assert.Equal(model.Ticks, months);
        Assert.True(w.DeliveredKg > 0 && w.SeizedKg > 0, "nothing delivered or seized: shipping was hardly exercised");
        if (name == "narcologic-2020") Assert.True(reference.AnyCapped && monthsWithStockKept > 0, "capacity never bound");
    }

    /// <summary>R1, R6: perceived risk after every month equals a re-estimate from a plain record of the month's events.</summary>
    [Theory]
    [InlineData("baseline", 1, "ticks=48")]
    [InlineData("narcologic-2020", 1, "ticks=48")] // risk_counts: seizures
    [InlineData("baseline", 2, "ticks=36", "trafficking.risk_refresh_unused=true")]
    [InlineData("baseline", 1, "ticks=36", "trafficking.timewght=0.8")]
    [InlineData("scale-10k", 2, "ticks=48")]
    public void PerceivedRiskEqualsAPlainEstimateEveryMonth(string name, int threads, params string[] settings)
    {
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var model = new NarcoLogicModel(ScenarioLoader.Load(name, settings), 3, parallel: parallel);
        var w = model.World;
        var reference = new ReferencePerceivedRisk(w);
        Assert.Equal(reference.Risk, w.PerceivedRisk);
        int changed = 0;
        var previous = (double[])w.PerceivedRisk.Clone();
        model.Run(_ =>
        {
            reference.EndOfMonth();
            Assert.Equal(reference.Risk, w.PerceivedRisk);
            changed += Enumerable.Range(0, previous.Length).Count(e => previous[e] != w.PerceivedRisk[e]);
            w.PerceivedRisk.CopyTo(previous, 0);
        });
        Assert.True(changed > 100, $"only {changed} risk changes: the window was hardly exercised");
        Assert.Contains(w.PerceivedRisk, r => r > 2.5 / 15.5); // an event in the window
    }

    /// <summary>
    /// R10–R12 on the baseline and the scale-10k world: the network agent (edges grouped by organization,
    /// organizations in parallel) against the per-organization scans of every edge of <see cref="ReferenceNetworkAgent"/>
    /// (its many-organization test runs a synthetic 40-organization world).
    /// </summary>
    [Theory]
    [InlineData("baseline", 1, "ticks=60")]
    [InlineData("narcologic-2020", 2, "ticks=48")]
    [InlineData("scale-10k", 2, "ticks=48", "targeting.arrest_strategy=kingpin", "targeting.start_month=3")]
    public void NetworkAgentEqualsPlainScansOnTheBuiltInWorlds(string name, int threads, params string[] settings)
    {
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var model = new NarcoLogicModel(ScenarioLoader.Load(name, settings), 5, parallel: parallel);
        var w = model.World;
        var reference = new ReferenceNetworkAgent(w);
        int expansions = 0, cuts = 0;
        double[] expected = [];
        EveryMonthAround(model, "network.adapt", () =>
            {
                // The reference acts on the route preferences; they are put back for the real agent.
                var before = w.RoutePref.ToArray();
                reference.Act();
                expected = w.RoutePref.ToArray();
                w.RoutePref.CopyFrom(before);
            }, () =>
            {
                var agent = model.NetworkAgent;
                Assert.Equal(expected, w.RoutePref.ToArray());
                Assert.Equal(reference.Expanded.ToArray(), agent.Expanded.ToArray());
                Assert.Equal(reference.Consolidated.ToArray(), agent.Consolidated.ToArray());
                (expansions, cuts) = (expansions + agent.Expanded.Length, cuts + agent.Consolidated.Length);
            });
        // (the 100 small organizations of scale-10k only expand in these months; ManyOrganizationsTests covers their cuts)
        Assert.True(expansions > 0 && (cuts > 0 || name == "scale-10k"), $"expansions {expansions}, cuts {cuts}: both rules must be exercised");
    }

    /// <summary>Runs every month; around phase <paramref name="name"/> calls <paramref name="before"/> and <paramref name="after"/>.</summary>
    private static void EveryMonthAround(NarcoLogicModel model, string name, Action before, Action after)
    {
        for (int t = 0; t < model.Ticks; t++)
            foreach (var phase in model.Schedule.Phases)
            {
                if (phase.Name == name) before();
                phase.Run(t);
                if (phase.Name == name) after();
            }
    }
}
