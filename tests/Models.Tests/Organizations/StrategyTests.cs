using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>Each strategy's documented rule, and common random numbers across strategies.</summary>
public class StrategyTests
{
    private static (CriminalNetwork Net, TargetingContext Context) Fresh()
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline", ["organizations.structure=federated"]), 4);
        var ctx = model.Organizations.Targeting;
        ctx.Begin(0);
        return (model.Organizations.Network, ctx);
    }

    private static List<int> Ranking(IArrestStrategy s)
    {
        var (net, ctx) = Fresh();
        return Enumerable.Range(0, net.Count)
            .Select(m => (m, score: s.Score(ctx, m)))
            .Where(x => !double.IsNegativeInfinity(x.score))
            .OrderByDescending(x => x.score).ThenBy(x => x.m).Select(x => x.m).ToList();
    }

    [Fact]
    public void KingpinTakesLeadersFirstThenHighestDegree()
    {
        var (net, ctx) = Fresh();
        var r = Ranking(new KingpinArrests());
        Assert.All(r.Take(2), m => Assert.Equal(Role.Leader, net.Role[m]));
        var rest = r.Skip(2).Select(m => ctx.Degree(m)).ToList();
        Assert.Equal(rest.OrderByDescending(d => d), rest);
    }

    [Fact]
    public void MiddleLayerTakesOnlyLieutenants()
    {
        var (net, _) = Fresh();
        var r = Ranking(new MiddleLayerArrests());
        Assert.Equal(8, r.Count);
        Assert.All(r, m => Assert.Equal(Role.Lieutenant, net.Role[m]));
    }

    [Fact]
    public void FinancialTakesOnlyFinanciersAndBrokers()
    {
        var (net, _) = Fresh();
        var r = Ranking(new FinancialArrests());
        Assert.Equal(16, r.Count);
        Assert.All(r, m => Assert.Contains(net.Role[m], new[] { Role.Financier, Role.Broker }));
    }

    [Fact]
    public void UtilityWeighsBetweennessByScarcity()
    {
        var (net, ctx) = Fresh();
        var s = new UtilityArrests();
        // Sparrow 1991: central *and* hard to replace. A broker (8 months to replace, one per cell) outranks
        // a producer (1 month, two per cell) unless the producer is far more central.
        for (int m = 0; m < net.Count; m++)
        {
            double expected = (ctx.Betweenness(m) + 1) * Math.Max(ctx.ReplaceMonths[(int)net.Role[m]], 0.5) / ctx.SameRolePresent(m);
            Assert.Equal(expected, s.Score(ctx, m), 9);
        }
        var top = Ranking(s).First();
        Assert.Contains(net.Role[top], new[] { Role.Leader, Role.Lieutenant, Role.Broker, Role.Financier });
    }

    [Fact]
    public void RandomOrderIsUniformAndReproducible()
    {
        var a = Ranking(new RandomArrests());
        var b = Ranking(new RandomArrests());
        Assert.Equal(a, b);
        Assert.NotEqual(a, a.Order().ToList());
    }

    [Theory]
    [InlineData("kingpin")]
    [InlineData("utility")]
    [InlineData("financial")]
    [InlineData("random")]
    public void StrategiesSeeIdenticalRandomNumbersForWhatTheyDoNotTouch(string strategy)
    {
        // Common random numbers: same landscape and, before the intervention starts, the same run to the bit.
        var none = new NarcoLogicModel(ScenarioLoader.Load("baseline", ["ticks=72"]), 9);
        var other = new NarcoLogicModel(ScenarioLoader.Load("baseline", ["ticks=72", $"targeting.arrest_strategy={strategy}"]), 9);
        Assert.Equal(none.World.Routes.Graph.Targets.ToArray(), other.World.Routes.Graph.Targets.ToArray());
        Assert.Equal(none.World.Routes.InitialSlProb, other.World.Routes.InitialSlProb);
        Assert.Equal(none.Organizations.Network.Ties.Select(t => t.ToArray()), other.Organizations.Network.Ties.Select(t => t.ToArray()));
        none.Run();
        other.Run();
        int start = none.Parameters.Targeting.StartMonth;
        Assert.Equal(none.Totals.DeliveredByMonth.Take(start), other.Totals.DeliveredByMonth.Take(start));
        Assert.Equal(none.Totals.SeizedByMonth.Take(start), other.Totals.SeizedByMonth.Take(start));
        // And the strategy does act afterwards.
        Assert.NotEqual(none.Totals.DeliveredByMonth.Skip(start), other.Totals.DeliveredByMonth.Skip(start));
    }

    [Fact]
    public void RouteChokepointTargetsTheEdgesOnMostSourceMarketPaths()
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline", ["targeting.route_strategy=route-chokepoint", "targeting.start_month=24", "ticks=48"]), 6);
        var w = model.World;
        var ranking = new ChokepointRanking(w);
        int checkedMonths = 0;
        for (int t = 0; t < 48; t++)
        {
            // Score the network as the interdiction agent sees it at selection time.
            model.Schedule.Phases[0].Run(t);
            model.Schedule.Phases[1].Run(t);
            model.Schedule.Phases[2].Run(t);
            ranking.Compute();
            for (int i = 3; i < model.Schedule.Phases.Count; i++) model.Schedule.Phases[i].Run(t);
            if (t < 24) continue;
            var targeted = Enumerable.Range(0, w.Routes.EdgeCount).Where(e => w.Targeted[e]).ToList();
            Assert.True(targeted.Count <= w.CapacityThisMonth);
            double weakestTarget = targeted.Min(e => ranking.Score[e]);
            Assert.True(weakestTarget > 0);
            for (int e = 0; e < w.Routes.EdgeCount; e++)
                if (!w.Targeted[e]) Assert.True(ranking.Score[e] <= weakestTarget, $"month {t}: edge {e} scores above a target");
            checkedMonths++;
        }
        Assert.Equal(24, checkedMonths);
    }
}
