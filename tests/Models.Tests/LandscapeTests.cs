using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>The synthetic NarcoLogic landscape and route graph (R15–R18).</summary>
public class LandscapeTests
{
    private static readonly NarcoLogicParameters Defaults = new();

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(12345UL)]
    public void GraphHasNarcoLogicShape(ulong seed)
    {
        var r = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, seed);
        var g = r.Graph;
        Assert.Equal(156, r.NodeCount); // 77 departments × 2 + source + market (R18)
        Assert.Equal(NodeRole.Source, r.Sites[0].Kind);
        Assert.Equal(NodeRole.Market, r.Sites[^1].Kind);
        // R18 reports about 890–1,000 edges; allow a margin for seed variation.
        Assert.InRange(r.EdgeCount, 850, 1050);
        for (int e = 0; e < r.EdgeCount; e++) Assert.True(g.Source(e) < g.Target(e), "edges must point north (forward DAG)");
        Assert.Equal(-1, g.FindEdge(r.Source, r.Market)); // R16: no direct source → market edge
        for (int v = 1; v < r.Market; v++)
        {
            Assert.NotEqual(-1, g.FindEdge(r.Source, v));
            Assert.NotEqual(-1, g.FindEdge(v, r.Market));
        }
        Assert.Contains(r.NodeOrganization, o => o == 1);
        Assert.Contains(r.NodeOrganization, o => o == 2);
    }

    [Fact]
    public void TransitNodesAreOrderedSouthToNorthByDepartmentKey()
    {
        var r = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, 3);
        var depts = r.Sites.Skip(1).Take(r.NodeCount - 2).GroupBy(s => s.Department)
            .Select(grp => Math.Sqrt(0.9 * Math.Pow(grp.Max(s => s.Lat), 2) + 0.1 * Math.Pow(grp.Max(s => s.Lon), 2)))
            .ToList();
        Assert.Equal(77, depts.Count);
        for (int i = 1; i < depts.Count; i++) Assert.True(depts[i] >= depts[i - 1], "departments must come in ascending key order");
        Assert.True(r.Sites[1].Lat < r.Sites[^2].Lat, "first transit node should lie south of the last");
    }

    [Fact]
    public void SameSeedSameGraphDifferentSeedDifferentGraph()
    {
        var a = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, 5);
        var b = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, 5);
        var c = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, 6);
        Assert.Equal(a.Graph.Targets.ToArray(), b.Graph.Targets.ToArray());
        Assert.Equal(a.InitialSlProb, b.InitialSlProb);
        Assert.NotEqual(a.Price, c.Price);
    }

    [Fact]
    public void PricesCostsAndSlProbFollowR15R17()
    {
        var r = RouteGraphBuilder.Generate(Defaults.Landscape, Defaults.Supply, 9);
        var g = r.Graph;
        Assert.Equal(4500, r.Price[0]);
        for (int v = 1; v < r.NodeCount; v++)
        {
            // R15: mean over predecessors of sender price + 4.46 $/kg/km.
            double expected = g.InEdges(v).ToArray().Average(e => r.Price[g.Source(e)] + 4.46 * r.DistanceKm[e]);
            Assert.Equal(expected, r.Price[v], 9);
            Assert.True(r.Price[v] > r.Price[0]);
        }
        for (int e = 0; e < r.EdgeCount; e++)
        {
            Assert.True(r.BaseCostUsdPerKg[e] > 0 && double.IsFinite(r.BaseCostUsdPerKg[e]));
            Assert.InRange(r.InitialSlProb[e], 0, 1);
        }
        // Market in-edges have no node factors: SLPROB = (length / max length) / 5 ≤ 0.2 (R17).
        foreach (int e in g.InEdges(r.Market)) Assert.InRange(r.InitialSlProb[e], 0, 0.2 + 1e-12);
        double sourceMarketKm = Geo.DistanceKm(r.Sites[0].Lat, r.Sites[0].Lon, r.Sites[^1].Lat, r.Sites[^1].Lon);
        Assert.InRange(sourceMarketKm, 2000, 2300); // R18: about 2,156 km
    }

    [Fact]
    public void ScaleFollowsDepartmentParameters()
    {
        var p = new NarcoLogicParameters();
        p = p with { Landscape = p.Landscape with { Departments = 20 } };
        p = p with { Landscape = p.Landscape with { NodesPerDepartment = 3 } };
        var r = RouteGraphBuilder.Generate(p.Landscape, p.Supply, 1);
        Assert.Equal(20 * 3 + 2, r.NodeCount);
    }
}

public class EdgeWindowTests
{
    [Fact]
    public void AWindowCoveringTheGraphIsNarcoLogicsRuleItself()
    {
        var plain = RouteGraphBuilder.Generate(new LandscapeParameters(), new SupplyParameters(), 4);
        var wide = new NarcoLogicParameters();
        wide = wide with { Landscape = wide.Landscape with { EdgeWindow = 1_000 } };
        var windowed = RouteGraphBuilder.Generate(wide.Landscape, wide.Supply, 4);
        Assert.Equal(plain.Graph.Targets.ToArray(), windowed.Graph.Targets.ToArray());
        Assert.Equal(plain.Graph.Sources.ToArray(), windowed.Graph.Sources.ToArray());
    }

    [Fact]
    public void ANarrowWindowKeepsTransitEdgesLocalAndTheGraphSparse()
    {
        var p = new NarcoLogicParameters();
        p = p with { Landscape = p.Landscape with { Departments = 1_000 } };
        p = p with { Landscape = p.Landscape with { CellsPerDepartment = 10 } };
        p = p with { Landscape = p.Landscape with { EdgeWindow = 50 } };
        var r = RouteGraphBuilder.Generate(p.Landscape, p.Supply, 2);
        var g = r.Graph;
        for (int e = 0; e < r.EdgeCount; e++)
        {
            int u = g.Source(e), v = g.Target(e);
            if (u != r.Source && v != r.Market) Assert.InRange(v - u, 1, 50);
        }
        // Source and market edges (2 per transit node) plus at most ceil(0.1·50) = 5 window edges per node.
        Assert.InRange(r.EdgeCount, 2 * (r.NodeCount - 2), 7 * (r.NodeCount - 2));
    }
}
