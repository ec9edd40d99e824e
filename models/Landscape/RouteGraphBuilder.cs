using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// Builds the NarcoLogic route graph from node sites: the forward edge DAG (R16), prices and transport
/// costs (R15), capacities and initial interdiction probabilities (R17). Deterministic in the seed.
/// </summary>
public static class RouteGraphBuilder
{
    private const int StreamEdges = 103;

    /// <param name="parallel">Threads for the per-node and per-edge work (each item has its own random stream,
    /// so the graph is the same at any thread count); null: the calling thread.</param>
    public static RouteGraph Generate(ScenarioParameters p, ulong seed, int run = 0, BlockRunner? parallel = null) =>
        Build(SyntheticStrip.Generate(p.Landscape, seed, run, parallel), p, seed, run, parallel);

    public static RouteGraph Build(IReadOnlyList<NodeSite> sites, ScenarioParameters p, ulong seed, int run = 0, BlockRunner? parallel = null)
    {
        parallel ??= BlockRunner.Sequential;
        int n = sites.Count;
        if (n < 3) throw new GraphException($"a route graph needs a source, a market and at least one transit node; got {n} nodes");
        int market = n - 1;

        // R16: source → every transit node; transit k → ceil(0.1·(higher nodes, market included)·U) distinct
        // random higher nodes, then → market; no source → market edge.
        // Each node's targets come from its own stream, so nodes are sampled in parallel, then added in order.
        var targetsOf = new List<int>[market];
        parallel.For(market, (from, to) =>
        {
            for (int k = Math.Max(1, from); k < to; k++)
            {
                var rng = new RngStream(seed, run, StreamEdges, k, 0);
                int higher = market - k; // nodes k+1 .. market
                // Scale extension: with edge_window W > 0 only the next W nodes are candidates (W ≥ higher is R16 itself).
                int window = p.Landscape.EdgeWindow > 0 ? Math.Min(higher, p.Landscape.EdgeWindow) : higher;
                int count = Math.Min(window, (int)Math.Ceiling(0.1 * window * rng.NextDouble()));
                var targets = SampleDistinct(k + 1, window, count, ref rng);
                if (targets.Count == 0 || targets[^1] != market) targets.Add(market); // ascending: market is last
                targetsOf[k] = targets;
            }
        });
        // Edges in (source, target) order straight into CSR arrays: at 10M edges QuikGraph's adjacency lists
        // would cost seconds and gigabytes for a graph the model only ever reads as CSR.
        int m = market - 1;
        for (int k = 1; k < market; k++) m += targetsOf[k].Count;
        var edgeSources = new int[m];
        var edgeTargets = new int[m];
        int at = 0;
        for (int k = 1; k < market; k++) { edgeSources[at] = 0; edgeTargets[at++] = k; }
        for (int k = 1; k < market; k++)
            foreach (int target in targetsOf[k]) { edgeSources[at] = k; edgeTargets[at++] = target; }
        var csr = CsrGraph.FromSortedEdges(n, edgeSources, edgeTargets);

        var distance = new double[m];
        parallel.For(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                NodeSite a = sites[csr.Source(e)], b = sites[csr.Target(e)];
                distance[e] = Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
            }
        });

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
        parallel.For(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                bool coastal = IsCoastal(sites[csr.Source(e)], p) && IsCoastal(sites[csr.Target(e)], p);
                double rate = coastal ? p.Supply.CoastalRate : distance[e] > p.Landscape.AirEdgeKm ? p.Supply.AirRate : p.Supply.GroundRate;
                cost[e] = rate * distance[e] / sourceMarketKm;
            }
        });

        // R17: initial SLPROB = mean of five factors of the receiving node (0 for source and market)
        // and the normalised edge length.
        double maxKey = sites.Where(s => s.Kind == NodeKind.Transit).Max(s => s.Key);
        double maxCoast = sites.Where(s => s.Kind == NodeKind.Transit).Max(s => s.CoastDistanceKm);
        double maxLength = distance.Max();
        var slprob = new double[m];
        parallel.For(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                var r = sites[csr.Target(e)];
                double nodeFactors = r.Kind != NodeKind.Transit ? 0
                    : (1 - r.Key / maxKey) + (maxCoast > 0 ? r.CoastDistanceKm / maxCoast : 0) + r.Population + (r.BorderDepartment ? 1 : 0);
                slprob[e] = (nodeFactors + distance[e] / maxLength) / 5;
            }
        });

        // Capacity (NarcoLogic 2020: 4,500 kg/month, ×30 on primary movements, ×50 into the market).
        var capacity = new double[m];
        var nodeOrg = sites.Select(s => s.Organization).ToArray();
        var edgeOrg = new int[m];
        parallel.For(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                int u = csr.Source(e);
                double multiplier = u == 0 ? p.Landscape.PrimaryCapacityMultiplier
                    : csr.Target(e) == market ? p.Landscape.MarketCapacityMultiplier : 1;
                capacity[e] = p.Landscape.EdgeCapacityKg * multiplier;
                edgeOrg[e] = u == 0 ? nodeOrg[csr.Target(e)] : nodeOrg[u];
            }
        });

        return new RouteGraph
        {
            Graph = csr, Sites = sites, Price = price, NodeOrganization = nodeOrg, EdgeOrganization = edgeOrg,
            DistanceKm = distance, BaseCostUsdPerKg = cost, CapacityKg = capacity,
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
    private static List<int> SampleDistinct(int first, int range, int count, ref RngStream rng)
    {
        var chosen = new List<int>(count + 1);
        HashSet<int>? member = count > 32 ? new HashSet<int>(count) : null; // small samples: a linear scan is cheaper
        for (int j = range - count; j < range; j++)
        {
            int t = rng.NextInt(j + 1);
            int pick = (member?.Contains(t) ?? chosen.Contains(t)) ? j : t;
            chosen.Add(pick);
            member?.Add(pick);
        }
        chosen.Sort();
        for (int i = 0; i < chosen.Count; i++) chosen[i] += first;
        return chosen;
    }
}
