using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>
/// Broken GraphML files, each a small change to a valid graph (s -> a, b -> m). Each must fail with a
/// <see cref="Engine.Graphs.GraphException"/> naming the file, the line and what is allowed.
/// </summary>
public sealed class GraphMlErrorTests : GraphFileTest
{
    private const string Valid =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +                                                           // 1
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +                                             // 2
        "  <key id=\"r\" for=\"node\" attr.name=\"role\" attr.type=\"string\"/>\n" +                                // 3
        "  <key id=\"c\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n" +                             // 4
        "  <key id=\"la\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>\n" +                                // 5
        "  <key id=\"lo\" for=\"node\" attr.name=\"lon\" attr.type=\"double\"/>\n" +                                // 6
        "  <key id=\"mo\" for=\"edge\" attr.name=\"mode\" attr.type=\"string\"><default>land</default></key>\n" +   // 7
        "  <graph id=\"g\" edgedefault=\"directed\">\n" +                                                          // 8
        "    <node id=\"s\"><data key=\"r\">source</data><data key=\"c\">CO</data><data key=\"la\">8</data><data key=\"lo\">-76</data></node>\n" +  // 9
        "    <node id=\"a\"><data key=\"r\">transit</data><data key=\"c\">PA</data><data key=\"la\">9</data><data key=\"lo\">-79</data></node>\n" + // 10
        "    <node id=\"b\">\n" +                                                                                    // 11
        "      <data key=\"r\">transit</data><data key=\"c\">CR</data>\n" +                                          // 12
        "      <data key=\"la\">10</data><data key=\"lo\">-83</data>\n" +                                            // 13
        "    </node>\n" +                                                                                            // 14
        "    <node id=\"m\"><data key=\"r\">market</data><data key=\"c\">US</data><data key=\"la\">29</data><data key=\"lo\">-95</data></node>\n" + // 15
        "    <edge source=\"s\" target=\"a\"/>\n" +                                                                  // 16
        "    <edge source=\"s\" target=\"b\"><data key=\"mo\">sea</data></edge>\n" +                                 // 17
        "    <edge source=\"a\" target=\"b\"/>\n" +                                                                  // 18
        "    <edge source=\"a\" target=\"m\"/>\n" +                                                                  // 19
        "    <edge source=\"b\" target=\"m\"/>\n" +                                                                  // 20
        "  </graph>\n" +                                                                                             // 21
        "</graphml>\n";                                                                                              // 22

    private static string G(string from, string to) => Valid.Contains(from, StringComparison.Ordinal)
        ? Valid.Replace(from, to, StringComparison.Ordinal)
        : throw new ArgumentException($"the valid file has no '{from}'");

    /// <summary>Case, file text, line (0: none), message fragments.</summary>
    public static TheoryData<string, string, int, string[]> Corpus => new()
    {
        { "xml-syntax", G("  </graph>\n", ""), 21, ["XML syntax error: The 'graph' start tag on line 8"] },
        { "no-namespace", G(" xmlns=\"http://graphml.graphdrawing.org/xmlns\"", ""), 2,
            ["the root element is <graphml> in namespace ''; expected <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"] },
        { "undirected", G("edgedefault=\"directed\"", "edgedefault=\"undirected\""), 8, ["<graph> has edgedefault=\"undirected\"; allowed: \"directed\""] },
        { "edgedefault-missing", G(" edgedefault=\"directed\"", ""), 8, ["<graph> has edgedefault=missing; allowed: \"directed\""] },
        { "undirected-edge", G("<edge source=\"a\" target=\"m\"/>", "<edge source=\"a\" target=\"m\" directed=\"false\"/>"), 19, ["<edge> has directed=\"false\"; allowed: \"true\""] },
        { "unknown-node-attribute", G("attr.name=\"lat\"", "attr.name=\"lati\""), 5,
            ["unknown node attribute 'lati' (did you mean 'lat'?); allowed: role, country, lat, lon, organization, coast_km, population, border, suitability"] },
        { "node-attribute-on-edge-key", G("for=\"edge\" attr.name=\"mode\"", "for=\"edge\" attr.name=\"lat\""), 7,
            ["unknown edge attribute 'lat'; allowed: mode, distance_km, capacity_kg, cost_usd_per_kg"] },
        { "id-as-data-key", G("attr.name=\"role\"", "attr.name=\"id\""), 3, ["unknown node attribute 'id'"] },
        { "key-for-graph", G("for=\"edge\"", "for=\"graph\""), 7, ["key 'mo' has for=\"graph\"; allowed: node, edge"] },
        { "key-without-attr-name", G(" attr.name=\"country\"", ""), 4, ["<key> has no 'attr.name' attribute"] },
        { "wrong-attr-type", G("attr.name=\"lat\" attr.type=\"double\"", "attr.name=\"lat\" attr.type=\"string\""), 5,
            ["key 'la' (attr.name 'lat') has attr.type 'string'; allowed: double, float, int, long"] },
        { "attribute-declared-twice", G("  <graph id", "  <key id=\"la2\" for=\"node\" attr.name=\"lat\" attr.type=\"float\"/>\n  <graph id"), 8,
            ["key 'la2' declares node attribute 'lat' again (key 'la' already does)"] },
        { "undeclared-data-key", G("<data key=\"c\">PA</data>", "<data key=\"cc\">PA</data>"), 10, ["<data key=\"cc\"> names no <key for=\"node\">; declared node keys: r, c, la, lo"] },
        { "edge-key-on-node", G("<data key=\"c\">PA</data>", "<data key=\"mo\">PA</data>"), 10, ["<data key=\"mo\"> names no <key for=\"node\">"] },
        { "data-twice", G("<data key=\"c\">PA</data>", "<data key=\"c\">PA</data><data key=\"c\">PA</data>"), 10, ["field 'country' is given twice in this <node>"] },
        { "node-without-id", G("<node id=\"a\">", "<node>"), 10, ["<node> has no 'id' attribute"] },
        { "edge-without-target", G("<edge source=\"a\" target=\"b\"/>", "<edge source=\"a\"/>"), 18, ["<edge> has no 'target' attribute"] },
        { "port-in-node", G("<node id=\"a\">", "<node id=\"a\"><port name=\"p\"/>"), 10, ["<port> is not supported inside <node>; allowed: data, desc"] },
        { "nested-graph", G("<node id=\"a\">", "<node id=\"a\"><graph edgedefault=\"directed\"/>"), 10, ["<graph> is not supported inside <node>"] },
        { "two-graphs", G("</graphml>", "<graph edgedefault=\"directed\"/>\n</graphml>"), 22, ["the file holds 2 <graph> elements; a route graph is one"] },
        { "no-nodes", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\"/>\n</graphml>\n", 2, ["the graph has no <node> elements"] },

        // The shared checks, at the line of the offending <data> or element.
        { "lat-out-of-range", G("<data key=\"la\">10</data>", "<data key=\"la\">-91</data>"), 13, ["field 'lat' = -91 is out of range; allowed: a number in -90..90"] },
        { "role-unknown", G("<data key=\"r\">transit</data><data key=\"c\">CR</data>", "<data key=\"r\">hub</data><data key=\"c\">CR</data>"), 12,
            ["field 'role' = 'hub' is not a known role; allowed: source, precursor-source, lab, transit, crossing, market"] },
        { "lat-missing", G("<data key=\"la\">9</data>", ""), 10, ["field 'lat' is missing; allowed: a number in -90..90"] },
        { "mode-default-checked", G("<default>land</default>", "<default>rail</default>"), 7, ["field 'mode' = 'rail' is not a known mode"] },
        { "unknown-target", G("<edge source=\"a\" target=\"m\"/>", "<edge source=\"a\" target=\"zz\"/>"), 19, ["edge 'a' -> 'zz': no node 'zz' in test.graphml"] },
        { "duplicate-node-id", G("<node id=\"b\">", "<node id=\"a\">"), 11, ["node id 'a' is given twice (first on line 10)"] },
        { "parallel-edge", G("  </graph>", "    <edge source=\"s\" target=\"a\"/>\n  </graph>"), 21, ["edge 's' -> 'a' is given twice (first on line 16)"] },
        { "cycle", G("  </graph>", "    <edge source=\"b\" target=\"a\"/>\n  </graph>"), 18, ["edge 'a' -> 'b' closes a cycle (b -> a -> b)"] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void BrokenFilesAreRejectedWithFileLineAndField(string name, string text, int line, string[] fragments)
    {
        string path = Dir.Write("test.graphml", text);
        Assert.False(string.IsNullOrEmpty(name));
        GraphFileDir.AssertFails(() => RouteGraphGraphMl.Load(path), path, line, fragments);
    }

    [Fact]
    public void TheValidFileLoadsWithKeyDefaults()
    {
        var graph = RouteGraphGraphMl.Load(Dir.Write("test.graphml", Valid));
        Assert.Equal(["s", "a", "b", "m"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["land", "sea", "land", "land", "land"], graph.Edges.Select(e => e.Mode)); // (0,1) (0,2) (1,2) (1,3) (2,3)
    }

    [Fact]
    public void DtdsAreRefused()
    {
        string path = Dir.Write("test.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x \"y\">]>\n" + Valid[(Valid.IndexOf('\n') + 1)..]);
        GraphFileDir.AssertFails(() => RouteGraphGraphMl.Load(path), path, 0, ["a <!DOCTYPE> (DTD) is not allowed"]);
    }
}
