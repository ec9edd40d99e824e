using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// Builds the NarcoLogic route graph from node sites: the forward edge DAG (R16), prices and transport
/// costs (R15), capacities and initial interdiction probabilities (R17). Deterministic in the seed.
/// </summary>
public static class RouteGraphBuilder
{
    /// <param name="parallel">Threads for the per-node and per-edge work (each item has its own random stream,
    /// so the graph is the same at any thread count); null: the calling thread.</param>
    public static RouteGraph Generate(LandscapeParameters landscape, SupplyParameters supply, ulong seed, int run = 0, BlockRunner? parallel = null) =>
        Build(SyntheticStrip.Generate(landscape, seed, run, parallel), landscape, supply, seed, run, parallel);

    public static RouteGraph Build(IReadOnlyList<NodeSite> sites, LandscapeParameters landscape, SupplyParameters supply, ulong seed, int run = 0, BlockRunner? parallel = null)
    {
        parallel ??= BlockRunner.Sequential;
        int n = sites.Count;
        if (n < 3) throw new GraphException($"a route graph needs a source, a market and at least one transit node; got {n} nodes");
        int market = n - 1;

        // R16: source → every transit node; transit k → ceil(0.1·(higher nodes, market included)·U) distinct
        // random higher nodes, then → market; no source → market edge.
        // Each node's targets come from its own stream, so nodes are sampled in parallel: a first pass draws each
        // node's count, a second (the same stream again) its targets, straight into the edge arrays at the node's
        // offset. Edges are in (source, target) order and go into CSR arrays: at 10M edges per-node lists or
        // QuikGraph's adjacency lists would cost seconds and gigabytes for a graph the model only reads as CSR.
        var offset = new int[market + 1]; // edges before node k's out-edges; the source's come first
        parallel.ForElementwise(market, (from, to) =>
        {
            int[] scratch = [];
            HashSet<int>? member = null;
            for (int k = Math.Max(1, from); k < to; k++)
            {
                var rng = new RngStream(seed, run, RandomStreams.TransitEdges, k, 0);
                var (window, count) = SampleCount(landscape, k, market, ref rng);
                // + the edge to the market, unless the sample drew it, which it can only when the window reaches it.
                bool drewMarket = false;
                if (window == market - k && count > 0)
                {
                    if (scratch.Length < count) scratch = new int[Math.Max(count, 2 * scratch.Length)];
                    SampleDistinct(k + 1, window, count, ref rng, scratch, ref member);
                    drewMarket = scratch[count - 1] == market;
                }
                offset[k + 1] = count + (drewMarket ? 0 : 1);
            }
        });
        offset[1] = market - 1;
        for (int k = 1; k < market; k++) offset[k + 1] += offset[k];
        int m = offset[market];
        var edgeSources = new int[m];
        var edgeTargets = new int[m];
        parallel.ForElementwise(market, (from, to) =>
        {
            HashSet<int>? member = null; // for large samples only, reused within the block
            for (int k = from; k < to; k++)
            {
                if (k == 0)
                {
                    for (int v = 1; v < market; v++) { edgeSources[v - 1] = 0; edgeTargets[v - 1] = v; }
                    continue;
                }
                var rng = new RngStream(seed, run, RandomStreams.TransitEdges, k, 0);
                var (window, count) = SampleCount(landscape, k, market, ref rng);
                var targets = edgeTargets.AsSpan(offset[k], offset[k + 1] - offset[k]);
                int drawn = SampleDistinct(k + 1, window, count, ref rng, targets, ref member);
                if (drawn == 0 || targets[drawn - 1] != market) targets[drawn++] = market; // ascending: market is last
                if (drawn != targets.Length) throw new InvalidOperationException($"node {k}: {drawn} targets for {targets.Length} edge slots");
                edgeSources.AsSpan(offset[k], drawn).Fill(k);
            }
        });
        return FromEdges(sites, CsrGraph.FromSortedEdges(n, edgeSources, edgeTargets), landscape, supply, parallel);
    }

    /// <summary>
    /// The route graph of <paramref name="sites"/> (in topological order: source first, market last) and the edges of
    /// <paramref name="csr"/>, with prices and transport costs (R15), capacities and initial interdiction
    /// probabilities (R17). Generated and loaded graphs both come through here.
    /// </summary>
    public static RouteGraph FromEdges(IReadOnlyList<NodeSite> sites, CsrGraph csr, LandscapeParameters landscape, SupplyParameters supply,
        BlockRunner? parallel = null, IReadOnlyList<string>? countries = null)
    {
        parallel ??= BlockRunner.Sequential;
        int n = sites.Count, m = csr.EdgeCount;
        int source = 0, market = n - 1;

        // Per-node values that the per-edge passes read, in flat arrays (10M edges, 1M site objects), and the
        // maxima R17 normalises by (transit nodes' key and coast distance, edge length), per block in the same
        // passes, then over blocks: exact in any order.
        var lat = new double[n];
        var lon = new double[n];
        var cosLat = new double[n];
        var coastal = new bool[n];
        var blockMax = new double[3 * BlockRunner.ElementwiseBlockCount(Math.Max(n, m))];
        blockMax.AsSpan().Fill(double.NegativeInfinity);
        parallel.ForElementwise(n, (from, to) =>
        {
            int b = 3 * (from / BlockRunner.ElementwiseBlockSize);
            for (int v = from; v < to; v++)
            {
                var site = sites[v];
                (lat[v], lon[v], cosLat[v], coastal[v]) = (site.Lat, site.Lon, Geo.CosLat(site.Lat), IsCoastal(site, landscape));
                if (site.Kind != NodeRole.Transit) continue;
                blockMax[b] = Math.Max(blockMax[b], site.Key);
                blockMax[b + 1] = Math.Max(blockMax[b + 1], site.CoastDistanceKm);
            }
        });
        var distance = new double[m];
        parallel.ForElementwise(m, (from, to) =>
        {
            int b = 3 * (from / BlockRunner.ElementwiseBlockSize) + 2;
            for (int e = from; e < to; e++)
            {
                int a = csr.Source(e), t = csr.Target(e);
                distance[e] = Geo.DistanceKm(lat[a], lon[a], cosLat[a], lat[t], lon[t], cosLat[t]);
                blockMax[b] = Math.Max(blockMax[b], distance[e]);
            }
        });

        // R15: node price = mean over all predecessors of (sender price + price per km · distance); static.
        var price = new double[n];
        price[source] = supply.SourcePriceUsdPerKg;
        for (int v = source + 1; v < n; v++)
        {
            var inEdges = csr.InEdges(v);
            double sum = 0;
            foreach (int e in inEdges) sum += price[csr.Source(e)] + supply.PricePerKmUsdPerKg * distance[e];
            price[v] = sum / inEdges.Length;
        }

        // R15: cost per kg = rate · length / source–market distance; coastal overrides air, air over ground.
        double sourceMarketKm = Geo.DistanceKm(sites[source].Lat, sites[source].Lon, sites[market].Lat, sites[market].Lon);
        var cost = new double[m];
        parallel.ForElementwise(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                bool bothCoastal = coastal[csr.Source(e)] && coastal[csr.Target(e)];
                double rate = bothCoastal ? supply.CoastalRate : distance[e] > landscape.AirEdgeKm ? supply.AirRate : supply.GroundRate;
                cost[e] = rate * distance[e] / sourceMarketKm;
            }
        });

        // R17: initial SLPROB = mean of five factors of the receiving node (0 for source and market)
        // and the normalised edge length.
        double maxKey = double.NegativeInfinity, maxCoast = double.NegativeInfinity, maxLength = double.NegativeInfinity;
        for (int b = 0; b < blockMax.Length; b += 3)
        {
            maxKey = Math.Max(maxKey, blockMax[b]);
            maxCoast = Math.Max(maxCoast, blockMax[b + 1]);
            maxLength = Math.Max(maxLength, blockMax[b + 2]);
        }
        var nodeFactors = new double[n]; // of the receiving node
        parallel.ForElementwise(n, (from, to) =>
        {
            for (int v = from; v < to; v++)
            {
                var r = sites[v];
                nodeFactors[v] = r.Kind != NodeRole.Transit ? 0
                    : (1 - r.Key / maxKey) + (maxCoast > 0 ? r.CoastDistanceKm / maxCoast : 0) + r.Population + (r.BorderDepartment ? 1 : 0);
            }
        });
        var slprob = new double[m];
        parallel.ForElementwise(m, (from, to) =>
        {
            for (int e = from; e < to; e++) slprob[e] = (nodeFactors[csr.Target(e)] + distance[e] / maxLength) / 5;
        });

        // Capacity (NarcoLogic 2020: 4,500 kg/month, ×30 on primary movements, ×50 into the market).
        var capacity = new double[m];
        var nodeOrg = sites.Select(s => s.Organization).ToArray();
        var edgeOrg = new int[m];
        parallel.ForElementwise(m, (from, to) =>
        {
            for (int e = from; e < to; e++)
            {
                int u = csr.Source(e);
                double multiplier = u == source ? landscape.PrimaryCapacityMultiplier
                    : csr.Target(e) == market ? landscape.MarketCapacityMultiplier : 1;
                capacity[e] = landscape.EdgeCapacityKg * multiplier;
                edgeOrg[e] = u == source ? nodeOrg[csr.Target(e)] : nodeOrg[u];
            }
        });

        return new RouteGraph
        {
            Graph = csr, Sites = sites, Roles = sites.Select(s => s.Kind).ToArray(),
            Country = sites.Select(s => s.Country).ToArray(), Countries = countries ?? SyntheticCountries(sites), Price = price, NodeOrganization = nodeOrg, EdgeOrganization = edgeOrg,
            DistanceKm = distance, BaseCostUsdPerKg = cost, CapacityKg = capacity,
            InitialSlProb = slprob, Organizations = nodeOrg.Max(),
        };
    }

    /// <summary>The synthetic strip's countries are numbered along it from the south-east: "strip-0", "strip-1", ….</summary>
    private static string[] SyntheticCountries(IReadOnlyList<NodeSite> sites) =>
        Enumerable.Range(0, sites.Count == 0 ? 0 : sites.Max(s => s.Country) + 1).Select(i => $"strip-{i}").ToArray();

    /// <summary>The source counts as coastal and the market as inland (R15).</summary>
    private static bool IsCoastal(NodeSite s, LandscapeParameters landscape) => s.Kind switch
    {
        NodeRole.Source => true,
        NodeRole.Market => false,
        _ => s.CoastDistanceKm <= landscape.CoastalKm,
    };

    /// <summary>R16's window of candidate higher nodes for transit node <paramref name="k"/> and how many it draws.</summary>
    private static (int Window, int Count) SampleCount(LandscapeParameters landscape, int k, int market, ref RngStream rng)
    {
        int higher = market - k; // nodes k+1 .. market
        // Scale extension: with edge_window W > 0 only the next W nodes are candidates (W ≥ higher is R16 itself).
        int window = landscape.EdgeWindow > 0 ? Math.Min(higher, landscape.EdgeWindow) : higher;
        return (window, Math.Min(window, (int)Math.Ceiling(0.1 * window * rng.NextDouble())));
    }

    /// <summary>
    /// Floyd's algorithm: <paramref name="count"/> distinct integers from first..first+range-1, ascending, written
    /// to the start of <paramref name="chosen"/>; returns <paramref name="count"/>. <paramref name="member"/> is
    /// scratch for large samples (created on first need).
    /// </summary>
    private static int SampleDistinct(int first, int range, int count, ref RngStream rng, Span<int> chosen, ref HashSet<int>? member)
    {
        bool hashed = count > 32; // small samples: a linear scan is cheaper
        if (hashed) { member ??= new HashSet<int>(count); member.Clear(); }
        int n = 0;
        for (int j = range - count; j < range; j++)
        {
            int t = rng.NextInt(j + 1);
            int pick = (hashed ? member!.Contains(t) : chosen[..n].Contains(t)) ? j : t;
            chosen[n++] = pick;
            if (hashed) member!.Add(pick);
        }
        chosen[..n].Sort();
        for (int i = 0; i < n; i++) chosen[i] += first;
        return n;
    }
}
