using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>
/// Broken node and edge tables, each a small change to a valid graph (s -> a, b -> m). Each must fail with a
/// <see cref="Engine.Graphs.GraphException"/> naming the right file and line, the field and what is allowed.
/// </summary>
public sealed class CsvGraphErrorTests : GraphFileTest
{
    private const string Nodes =
        "id,role,country,lat,lon,organization\n" + // 1
        "s,source,CO,8,-76,0\n" +                  // 2
        "a,transit,PA,9,-79,1\n" +                 // 3
        "b,transit,CR,10,-83,2\n" +                // 4
        "m,market,US,29,-95,0\n";                  // 5

    private const string Edges =
        "from,to,mode,distance_km,capacity_kg,cost_usd_per_kg\n" + // 1
        "s,a,sea,,,\n" +                                           // 2
        "s,b,sea,,,\n" +                                           // 3
        "a,b,land,,,\n" +                                          // 4
        "a,m,land,,,\n" +                                          // 5
        "b,m,land,,,\n";                                           // 6

    private static string N(string from, string to) => Nodes.Replace(from, to, StringComparison.Ordinal);
    private static string E(string from, string to) => Edges.Replace(from, to, StringComparison.Ordinal);

    /// <summary>Case, node table, edge table, failing file ("nodes" or "edges"), line (0: none), message fragments.</summary>
    public static TheoryData<string, string, string, string, int, string[]> Corpus => new()
    {
        // Fields.
        { "lat-out-of-range", N("a,transit,PA,9,", "a,transit,PA,95,"), Edges, "nodes", 3, ["field 'lat' = 95 is out of range; allowed: a number in -90..90"] },
        { "lon-not-a-number", N("b,transit,CR,10,-83", "b,transit,CR,10,west"), Edges, "nodes", 4, ["field 'lon' = 'west' is not a finite number; allowed: a number in -180..180"] },
        { "lat-nan", N("a,transit,PA,9,", "a,transit,PA,NaN,"), Edges, "nodes", 3, ["field 'lat' = 'NaN' is not a finite number"] },
        { "lat-infinite", N("a,transit,PA,9,", "a,transit,PA,1e400,"), Edges, "nodes", 3, ["field 'lat' = '1e400' is not a finite number"] },
        { "lat-comma-decimal", N("a,transit,PA,9,", "a,transit,PA,\"9,5\","), Edges, "nodes", 3, ["field 'lat' = '9,5' is not a finite number"] },
        { "country-empty", N("a,transit,PA,", "a,transit,,"), Edges, "nodes", 3, ["field 'country' is empty; allowed: a non-empty country code such as MX"] },
        { "id-empty", N("a,transit,PA,", ",transit,PA,"), Edges, "nodes", 3, ["field 'id' is empty; allowed: a non-empty node id"] },
        { "role-unknown", N("a,transit", "a,factory"), Edges, "nodes", 3,
            ["field 'role' = 'factory' is not a known role; allowed: source, precursor-source, lab, transit, crossing, market"] },
        { "organization-negative", N("a,transit,PA,9,-79,1", "a,transit,PA,9,-79,-1"), Edges, "nodes", 3, ["field 'organization' = -1 is out of range; allowed: an integer >= 0"] },
        { "organization-fraction", N("a,transit,PA,9,-79,1", "a,transit,PA,9,-79,1.5"), Edges, "nodes", 3, ["field 'organization' = '1.5' is not an integer; allowed: an integer >= 0"] },
        { "organization-on-source", N("s,source,CO,8,-76,0", "s,source,CO,8,-76,1"), Edges, "nodes", 2,
            ["field 'organization' = 1 is not allowed for a source node; allowed: 0 (no organization) for source, precursor-source and market nodes"] },
        { "organization-on-market", N("m,market,US,29,-95,0", "m,market,US,29,-95,2"), Edges, "nodes", 5, ["field 'organization' = 2 is not allowed for a market node"] },
        { "population-above-1", N("organization\n", "organization,population\n").Replace("-79,1\n", "-79,1,1.5\n").Replace(",0\n", ",0,\n").Replace(",2\n", ",2,\n"), Edges, "nodes", 3,
            ["field 'population' = 1.5 is out of range; allowed: a number in 0..1"] },
        { "border-not-boolean", N("organization\n", "organization,border\n").Replace("-79,1\n", "-79,1,yes\n").Replace(",0\n", ",0,\n").Replace(",2\n", ",2,\n"), Edges, "nodes", 3,
            ["field 'border' = 'yes' is not a boolean; allowed: true or false"] },
        { "mode-unknown", Nodes, E("a,b,land", "a,b,truck"), "edges", 4, ["field 'mode' = 'truck' is not a known mode; allowed: land, sea, air, crossing, mail"] },
        { "distance-zero", Nodes, E("a,m,land,,,", "a,m,land,0,,"), "edges", 5, ["field 'distance_km' = 0 is out of range; allowed: a number > 0"] },
        { "capacity-negative", Nodes, E("a,m,land,,,", "a,m,land,,-5,"), "edges", 5, ["field 'capacity_kg' = -5 is out of range; allowed: a number > 0"] },
        { "cost-negative", Nodes, E("a,m,land,,,", "a,m,land,,,-1"), "edges", 5, ["field 'cost_usd_per_kg' = -1 is out of range; allowed: a number >= 0"] },
        { "from-empty", Nodes, E("a,b,land", ",b,land"), "edges", 4, ["field 'from' is empty; allowed: a node id from the node table"] },

        // Header and shape.
        { "unknown-node-column", N("organization\n", "organization,populaton\n").Replace("\n", ",\n").Replace("populaton,\n", "populaton\n"), Edges, "nodes", 1,
            ["unknown column 'populaton' (did you mean 'population'?); allowed: id, role, country, lat, lon, organization, coast_km, population, border, suitability"] },
        { "unknown-edge-column", Nodes, E("distance_km", "distance_kms"), "edges", 1,
            ["unknown column 'distance_kms' (did you mean 'distance_km'?); allowed: from, to, mode, distance_km, capacity_kg, cost_usd_per_kg"] },
        { "unknown-column-no-hint", N("organization\n", "organization,colour\n").Replace("\n", ",\n").Replace("colour,\n", "colour\n"), Edges, "nodes", 1,
            ["unknown column 'colour'; allowed: id, role"] },
        { "header-after-blank-lines", "\n\n" + N("country", "contry"), Edges, "nodes", 3, ["unknown column 'contry' (did you mean 'country'?)"] },
        { "required-column-missing", "id,role,lat,lon\ns,source,8,-76\n", Edges, "nodes", 1, ["required column 'country' is missing; required: id, role, country, lat, lon"] },
        { "column-twice", N("organization\n", "organization,lat\n"), Edges, "nodes", 1, ["column 'lat' is given twice in the header"] },
        { "too-many-fields", N("a,transit,PA,9,-79,1", "a,transit,PA,9,-79,1,x"), Edges, "nodes", 3, ["the row has 7 fields but the header (line 1) has 6"] },
        { "unclosed-quote", N("b,transit,CR", "b,transit,\"CR"), Edges, "nodes", 4, ["a quoted field is not closed"] },
        { "line-after-multiline-quote", N("a,transit,PA", "a,transit,\"P\nA\"").Replace("b,transit,CR,10", "b,transit,CR,100"), Edges, "nodes", 5,
            ["field 'lat' = 100 is out of range"] },
        { "blank-lines-keep-numbering", N("a,transit,PA", "\na,transit,PA").Replace("b,transit,CR,10", "b,transit,CR,100"), Edges, "nodes", 5, ["field 'lat' = 100"] },
        { "nodes-empty", "", Edges, "nodes", 0, ["the node table is empty; expected a header row such as 'id,role,country,lat,lon'"] },
        { "nodes-header-only", "id,role,country,lat,lon\n", Edges, "nodes", 1, ["the node table has a header but no rows"] },
        { "edges-empty", Nodes, "\n\n", "edges", 0, ["the edge table is empty; expected a header row such as 'from,to'"] },
        { "edges-header-only", Nodes, "from,to\n", "edges", 1, ["the edge table has a header but no rows"] },

        // Graph.
        { "duplicate-node-id", N("b,transit", "a,transit"), Edges, "nodes", 4, ["node id 'a' is given twice (first on line 3)"] },
        { "edge-to-unknown-node", Nodes, E("s,b,sea", "s,zz,sea"), "edges", 3, ["edge 's' -> 'zz': no node 'zz' in nodes.csv"] },
        { "edge-from-unknown-node", Nodes, E("a,m,land", "q,m,land"), "edges", 5, ["edge 'q' -> 'm': no node 'q' in nodes.csv"] },
        { "self-loop", Nodes, E("a,b,land", "a,a,land"), "edges", 4, ["edge 'a' -> 'a' is a self-loop"] },
        { "parallel-edge", Nodes, Edges + "a,b,air,,,\n", "edges", 7, ["edge 'a' -> 'b' is given twice (first on line 4)", "(from, to)"] },
        { "two-cycle", Nodes, Edges + "b,a,land,,,\n", "edges", 4, ["edge 'a' -> 'b' closes a cycle (b -> a -> b)", "must be acyclic"] },
        { "no-source", N("s,source", "s,transit"), Edges, "nodes", 0, ["no node has field 'role' = source or precursor-source"] },
        { "no-market", N("m,market", "m,transit"), Edges, "nodes", 0, ["no node has field 'role' = market"] },
        { "edge-into-source", Nodes, Edges + "a,s,land,,,\n", "edges", 7, ["edge 'a' -> 's' enters 's', a source node; no edge may enter a source or precursor-source"] },
        { "edge-out-of-market", Nodes, Edges + "m,b,land,,,\n", "edges", 7, ["edge 'm' -> 'b' leaves 'm', a market node; no edge may leave a market"] },
        { "unreachable-node", Nodes + "c,transit,GT,14,-90,1\n", Edges + "c,m,land,,,\n", "nodes", 6, ["node 'c' cannot be reached from any source"] },
        { "dead-end-node", Nodes + "c,transit,GT,14,-90,1\n", Edges + "s,c,land,,,\n", "nodes", 6, ["node 'c' cannot reach any market"] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void BrokenTablesAreRejectedWithFileLineAndField(string name, string nodes, string edges, string file, int line, string[] fragments)
    {
        string nodesPath = Dir.Write("nodes.csv", nodes), edgesPath = Dir.Write("edges.csv", edges);
        Assert.False(string.IsNullOrEmpty(name));
        GraphFileDir.AssertFails(() => RouteGraphCsv.Load(nodesPath, edgesPath), file == "nodes" ? nodesPath : edgesPath, line, fragments);
    }

    [Fact]
    public void TheBaseTablesAreValid()
    {
        var graph = RouteGraphCsv.Load(Dir.Write("nodes.csv", Nodes), Dir.Write("edges.csv", Edges));
        Assert.Equal(["s", "a", "b", "m"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(5, graph.Edges.Count);
    }

    [Fact]
    public void QuotedFieldsFollowRfc4180()
    {
        var graph = RouteGraphCsv.Load(Dir.Write("nodes.csv", N("a,transit,PA", "\"a\",\"transit\",\"P\"\"A\"")), Dir.Write("edges.csv", Edges));
        Assert.Equal("P\"A", graph.Nodes.Single(n => n.Id == "a").Country);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        string edges = Dir.Missing("nope.csv");
        GraphFileDir.AssertFails(() => RouteGraphCsv.Load(Dir.Write("nodes.csv", Nodes), edges), edges, 0, ["cannot read the edge table: no such file"]);
    }

    [Fact]
    public void ThreeCycleNamesOneOfItsEdges()
    {
        string nodes = Nodes + "c,transit,GT,14,-90,1\n";
        string edges = Edges + "b,c,land,,,\n" + "c,a,land,,,\n" + "c,m,land,,,\n"; // a -> b -> c -> a
        var e = Assert.Throws<Engine.Graphs.GraphException>(() => RouteGraphCsv.Load(Dir.Write("nodes.csv", nodes), Dir.Write("edges.csv", edges)));
        Assert.Matches(@"edges\.csv:(4|7|8): edge '(a' -> 'b|b' -> 'c|c' -> 'a)' closes a cycle \((a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c)\)", e.Message);
    }
}
