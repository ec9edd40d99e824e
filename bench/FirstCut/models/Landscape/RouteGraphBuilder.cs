using QuikGraph;
using TraffickingAbm.FirstCut.Engine.Graphs;
using TraffickingAbm.FirstCut.Engine.Random;
using TraffickingAbm.FirstCut.Models.Scenarios;

namespace TraffickingAbm.FirstCut.Models.Landscape;

/// <summary>
/// Builds the NarcoLogic route graph from node sites: the forward edge DAG (R16), prices and transport
/// costs (R15), capacities and initial interdiction probabilities (R17). Deterministic in the seed.
/// </summary>
public static class RouteGraphBuilder
{
    private const int StreamEdges = 103;

    public static RouteGraph Generate(ScenarioParameters p, ulong seed, int run = 0) =>
        Build(SyntheticStrip.Generate(p.Landscape, seed, run), p, seed, run);

    public static RouteGraph Build(IReadOnlyList<NodeSite> sites, ScenarioParameters p, ulong seed, int run = 0)
    {
        int n = sites.Count;
        if (n < 3) throw new GraphException($"a route graph needs a source, a market and at least one transit node; got {n} nodes");
        int market = n - 1;

        // R16: source → every transit node; transit k → ceil(0.1·(higher nodes, market included)·U) distinct
        // random higher nodes, then → market; no source → market edge.
        var g = new AdjacencyGraph<int, SEdge<int>>(allowParallelEdges: false);
        g.AddVertexRange(Enumerable.Range(0, n));
        for (int k = 1; k < market; k++) g.AddEdge(new SEdge<int>(0, k));
        for (int k = 1; k < market; k++)
        {
            var rng = new RngStream(seed, run, StreamEdges, k, 0);
            int higher = market - k; // nodes k+1 .. market
            int count = Math.Min(higher, (int)Math.Ceiling(0.1 * higher * rng.NextDouble()));
            foreach (int target in SampleDistinct(k + 1, higher, count, ref rng)) g.AddEdge(new SEdge<int>(k, target));
            if (!g.ContainsEdge(k, market)) g.AddEdge(new SEdge<int>(k, market));
        }
        var csr = CsrGraph.Compile(g);
        int m = csr.EdgeCount;

        var distance = new double[m];
        for (int e = 0; e < m; e++)
        {
            NodeSite a = sites[csr.Source(e)], b = sites[csr.Target(e)];
            distance[e] = Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
        }

        // R15: node price = mean over all predecessors of (sender price + price per km · distance); static.
        var price = new double[n];
        price[0] = p.Supply.SourcePriceUsdPerKg;
        for (int v = 1; v < n; v++)
        {
            var inEdges = csr.InEdges(v);
            double sum = 0;
            foreach (int e in inEdges) sum += price[csr.Source(e)] + p.Supply.PricePerKmUsdPerKg * distance[e];
            price[v] = sum / inEdges.Length;
        }

        // R15: cost per kg = rate · length / source–market distance; coastal overrides air, air over ground.
        double sourceMarketKm = Geo.DistanceKm(sites[0].Lat, sites[0].Lon, sites[market].Lat, sites[market].Lon);
        var cost = new double[m];
        for (int e = 0; e < m; e++)
        {
            bool coastal = IsCoastal(sites[csr.Source(e)], p) && IsCoastal(sites[csr.Target(e)], p);
            double rate = coastal ? p.Supply.CoastalRate : distance[e] > p.Landscape.AirEdgeKm ? p.Supply.AirRate : p.Supply.GroundRate;
            cost[e] = rate * distance[e] / sourceMarketKm;
        }

        // R17: initial SLPROB = mean of five factors of the receiving node (0 for source and market)
        // and the normalised edge length.
        double maxKey = sites.Where(s => s.Kind == NodeKind.Transit).Max(s => s.Key);
        double maxCoast = sites.Where(s => s.Kind == NodeKind.Transit).Max(s => s.CoastDistanceKm);
        double maxLength = distance.Max();
        var slprob = new double[m];
        for (int e = 0; e < m; e++)
        {
            var r = sites[csr.Target(e)];
            double nodeFactors = r.Kind != NodeKind.Transit ? 0
                : (1 - r.Key / maxKey) + (maxCoast > 0 ? r.CoastDistanceKm / maxCoast : 0) + r.Population + (r.BorderDepartment ? 1 : 0);
            slprob[e] = (nodeFactors + distance[e] / maxLength) / 5;
        }

        var nodeOrg = sites.Select(s => s.Organization).ToArray();
        var edgeOrg = new int[m];
        for (int e = 0; e < m; e++)
        {
            int u = csr.Source(e);
            edgeOrg[e] = u == 0 ? nodeOrg[csr.Target(e)] : nodeOrg[u];
        }

        return new RouteGraph
        {
            Graph = csr, Sites = sites, Price = price, NodeOrganization = nodeOrg, EdgeOrganization = edgeOrg,
            DistanceKm = distance, BaseCostUsdPerKg = cost, CapacityKg = Enumerable.Repeat(p.Landscape.EdgeCapacityKg, m).ToArray(),
            InitialSlProb = slprob, Organizations = nodeOrg.Max(),
        };
    }

    /// <summary>The source counts as coastal and the market as inland (R15).</summary>
    private static bool IsCoastal(NodeSite s, ScenarioParameters p) => s.Kind switch
    {
        NodeKind.Source => true,
        NodeKind.Market => false,
        _ => s.CoastDistanceKm <= p.Landscape.CoastalKm,
    };

    /// <summary>Floyd's algorithm: <paramref name="count"/> distinct integers from first..first+range-1, ascending.</summary>
    private static IEnumerable<int> SampleDistinct(int first, int range, int count, ref RngStream rng)
    {
        var chosen = new SortedSet<int>();
        for (int j = range - count; j < range; j++)
        {
            int t = rng.NextInt(j + 1);
            chosen.Add(chosen.Contains(t) ? j : t);
        }
        return chosen.Select(x => x + first).ToList();
    }
}
