using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Models.Tests;

/// <summary>The route graph's node roles, countries, sources and markets are data, and NarcoLogic's layout is checked.</summary>
public class RouteGraphRolesTests
{
    private static RouteGraph Generated() => RouteGraphBuilder.Generate(new LandscapeParameters(), new SupplyParameters(), 1);

    [Fact]
    public void TheGeneratedCorridorHasOneSourceOneMarketAndTransitNodesBetween()
    {
        var r = Generated();
        Assert.Equal([0], r.Sources);
        Assert.Equal([r.NodeCount - 1], r.Markets);
        Assert.Equal(NodeRole.Source, r.Roles[r.Source]);
        Assert.Equal(NodeRole.Market, r.Roles[r.Market]);
        var (start, end) = r.Transit;
        Assert.Equal(154, end - start);
        for (int v = start; v < end; v++) Assert.Equal(NodeRole.Transit, r.Roles[v]);
        Assert.Equal(Commodity.Cocaine, r.Commodity);
        Assert.Equal(-1, r.Country[r.Source]);
        for (int v = start; v < end; v++) Assert.InRange(r.Country[v], 0, r.Countries.Count - 1);
        Assert.Same(r, r.CheckSingleChain("test"));
    }

    [Fact]
    public void AGraphWithTwoMarketsIsRefusedByNarcoLogicsLayoutCheck()
    {
        var r = Generated();
        var roles = (NodeRole[])r.Roles.Clone();
        roles[r.NodeCount - 2] = NodeRole.Market;
        var twoMarkets = new RouteGraph
        {
            Graph = r.Graph, Sites = r.Sites, Roles = roles, Country = r.Country, Countries = r.Countries, Price = r.Price,
            NodeOrganization = r.NodeOrganization, EdgeOrganization = r.EdgeOrganization, DistanceKm = r.DistanceKm,
            BaseCostUsdPerKg = r.BaseCostUsdPerKg, CapacityKg = r.CapacityKg, InitialSlProb = r.InitialSlProb,
        };
        Assert.Equal(2, twoMarkets.Markets.Count);
        Assert.Equal(-1, twoMarkets.Market);
        var e = Assert.Throws<GraphException>(() => twoMarkets.CheckSingleChain("g.csv"));
        Assert.Equal("g.csv: this model needs exactly one source and one market; the graph has 1 sources and 2 markets", e.Message);
    }
}
