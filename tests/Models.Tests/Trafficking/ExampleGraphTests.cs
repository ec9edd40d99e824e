using TraffickingAbm.Models.Trafficking;
using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>The shipped example corridor loads, the same from CSV and from GraphML.</summary>
public class ExampleGraphTests
{
    private static RouteGraphFile Csv() =>
        RouteGraphCsv.Load(GraphFileDir.Example("corridor-nodes.csv"), GraphFileDir.Example("corridor-edges.csv"));

    private static RouteGraphFile GraphMl() => RouteGraphGraphMl.Load(GraphFileDir.Example("corridor.graphml"));

    [Fact]
    public void CsvAndGraphMlGiveTheSameNodesAndEdges()
    {
        RouteGraphFile csv = Csv(), graphMl = GraphMl();
        Assert.Equal(11, csv.Nodes.Count);
        Assert.Equal(20, csv.Edges.Count);
        Assert.Equal(csv.Nodes, graphMl.Nodes);
        Assert.Equal(csv.Edges, graphMl.Edges);
    }

    [Fact]
    public void IndicesAreATopologicalOrderAndEdgesAreSorted()
    {
        var graph = Csv();
        for (int i = 0; i < graph.Nodes.Count; i++) Assert.Equal(i, graph.Nodes[i].Index);
        foreach (var e in graph.Edges) Assert.True(e.From < e.To, $"edge {e.From}->{e.To} goes backwards");
        var keys = graph.Edges.Select(e => (e.From, e.To)).ToArray();
        Assert.Equal(keys.Order().ToArray(), keys);
    }

    [Fact]
    public void RolesAttributesAndDefaultsAreRead()
    {
        var graph = Csv();
        Assert.Equal([0], graph.Sources);
        Assert.Equal([graph.Nodes.Count - 1], graph.Markets);
        Assert.Equal("co-uraba", graph.Nodes[0].Id);
        Assert.Equal("us-houston", graph.Nodes[^1].Id);
        Assert.Equal(8, graph.Nodes.Count(n => n.Role == NodeRole.Transit));
        Assert.Equal([1, 2], graph.Nodes.Where(n => n.Role == NodeRole.Transit).Select(n => n.Organization).Distinct().Order());

        var crossing = Assert.Single(graph.Nodes, n => n.Role == NodeRole.Crossing);
        Assert.Equal(("MX", 27.48, -99.51, true), (crossing.Country, crossing.Lat, crossing.Lon, crossing.Border));
        Assert.Equal((1, 0.5), (crossing.Organization, crossing.Suitability)); // the empty suitability cell takes the default

        var toMarket = Assert.Single(graph.Edges, e => e.To == graph.Markets[0]);
        Assert.Equal(("crossing", (double?)null, (double?)20000, (double?)1500), (toMarket.Mode, toMarket.DistanceKm, toMarket.CapacityKg, toMarket.CostUsdPerKg));
    }
}
