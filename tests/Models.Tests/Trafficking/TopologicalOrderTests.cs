using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>Node indices follow Kahn's algorithm with ties broken by file order, whatever the edge order.</summary>
public sealed class TopologicalOrderTests : GraphFileTest
{
    [Fact]
    public void TiesGoInFileOrder()
    {
        // x and y are both ready after s; y is listed first, so it gets the lower index. z waits for x.
        const string nodes = "id,role,country,lat,lon\nm,market,US,29,-95\nz,transit,MX,20,-99\ny,transit,GT,14,-90\ns,source,CO,8,-76\nx,transit,PA,9,-79\n";
        const string edges = "from,to\nx,z\nz,m\ny,m\ns,x\ns,y\n";
        var graph = RouteGraphCsv.Load(Dir.Write("nodes.csv", nodes), Dir.Write("edges.csv", edges));
        Assert.Equal(["s", "y", "x", "z", "m"], graph.Nodes.Select(n => n.Id));
        Assert.Equal([(0, 1), (0, 2), (1, 4), (2, 3), (3, 4)], graph.Edges.Select(e => (e.From, e.To)));
    }

    [Fact]
    public void EdgeOrderDoesNotChangeIndices()
    {
        const string nodes = "id,role,country,lat,lon\ns,source,CO,8,-76\nb,transit,CR,10,-83\na,transit,PA,9,-79\nm,market,US,29,-95\n";
        var one = RouteGraphCsv.Load(Dir.Write("nodes.csv", nodes), Dir.Write("e1.csv", "from,to\ns,a\ns,b\na,m\nb,m\n"));
        var two = RouteGraphCsv.Load(Dir.Write("nodes.csv", nodes), Dir.Write("e2.csv", "from,to\nb,m\na,m\ns,b\ns,a\n"));
        Assert.Equal(["s", "b", "a", "m"], one.Nodes.Select(n => n.Id));
        Assert.Equal(one.Nodes, two.Nodes);
        Assert.Equal(one.Edges, two.Edges);
    }
}
