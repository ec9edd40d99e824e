using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.ManyOrganizations;

/// <summary>
/// landscape.organizations (docs/model.md §7.1): K = 2 is R18's coast-side split, other K cut the strip into
/// ceil(K/2) bands by coast side; and the organization side of the model gives the same results as the
/// straightforward per-organization scans it replaced.
/// </summary>
public class ManyOrganizationsTests
{
    /// <summary>Along-strip position u (0..1) and signed across distance (km, &lt; 0 Pacific) of a site, from its lat/lon.</summary>
    private static (double U, double AcrossKm) StripPosition(NodeSite s)
    {
        var (kmLat, kmLon) = Geo.Scale((SyntheticStrip.SouthLat + SyntheticStrip.NorthLat) / 2);
        double dx = (SyntheticStrip.NorthLon - SyntheticStrip.SouthLon) * kmLon, dy = (SyntheticStrip.NorthLat - SyntheticStrip.SouthLat) * kmLat;
        double length = Math.Sqrt(dx * dx + dy * dy);
        double x = (s.Lon - SyntheticStrip.SouthLon) * kmLon, y = (s.Lat - SyntheticStrip.SouthLat) * kmLat;
        return ((x * dx + y * dy) / (length * length), (x * dy - y * dx) / length);
    }

    private static NarcoLogicParameters Scale10k(int organizations)
    {
        var p = ScenarioLoader.Load("scale-10k").NarcoLogic();
        p = p with { Landscape = p.Landscape with { Organizations = organizations } };
        return p;
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(77UL)]
    public void TwoOrganizationsAreTheCoastSideSplit(ulong seed)
    {
        var p = new NarcoLogicParameters();
        Assert.Equal(2, p.Landscape.Organizations); // the default
        var r = RouteGraphBuilder.Generate(p.Landscape, p.Supply, seed);
        Assert.Equal(2, r.Organizations);
        Assert.Equal(0, r.NodeOrganization[r.Source]);
        Assert.Equal(0, r.NodeOrganization[r.Market]);
        for (int v = 1; v < r.Market; v++)
        {
            var (_, across) = StripPosition(r.Sites[v]);
            Assert.True(Math.Abs(across) > 1e-6, "a node on the centre line would make this check ambiguous");
            Assert.Equal(across < 0 ? 1 : 2, r.NodeOrganization[v]); // R18: Pacific 1, Caribbean 2
        }
    }

    [Fact]
    public void OrganizationOfCutsBandsAndCoastSides()
    {
        // K = 2: coast side only, whatever the position along the strip.
        Assert.Equal(1, SyntheticStrip.OrganizationOf(0.0, -0.3, 2));
        Assert.Equal(2, SyntheticStrip.OrganizationOf(0.999, 0.1, 2));
        Assert.Equal(2, SyntheticStrip.OrganizationOf(0.5, 0.0, 2));
        // K = 1: one organization.
        Assert.Equal(1, SyntheticStrip.OrganizationOf(0.2, -0.4, 1));
        Assert.Equal(1, SyntheticStrip.OrganizationOf(0.9, 0.4, 1));
        // K = 6: three bands of a third each, Pacific side first.
        Assert.Equal(1, SyntheticStrip.OrganizationOf(0.1, -0.1, 6));
        Assert.Equal(2, SyntheticStrip.OrganizationOf(0.1, 0.1, 6));
        Assert.Equal(3, SyntheticStrip.OrganizationOf(0.4, -0.1, 6));
        Assert.Equal(4, SyntheticStrip.OrganizationOf(0.6, 0.1, 6));
        Assert.Equal(5, SyntheticStrip.OrganizationOf(0.7, -0.1, 6));
        Assert.Equal(6, SyntheticStrip.OrganizationOf(0.99, 0.1, 6));
        // K = 5: three bands, the last one not split.
        Assert.Equal(3, SyntheticStrip.OrganizationOf(0.5, -0.1, 5));
        Assert.Equal(4, SyntheticStrip.OrganizationOf(0.5, 0.1, 5));
        Assert.Equal(5, SyntheticStrip.OrganizationOf(0.9, -0.1, 5));
        Assert.Equal(5, SyntheticStrip.OrganizationOf(0.9, 0.1, 5));
        // K = 1,000: 500 bands.
        Assert.Equal(1000, SyntheticStrip.OrganizationOf(0.9999, 0.2, 1000));
        Assert.Equal(999, SyntheticStrip.OrganizationOf(0.9999, -0.2, 1000));
        Assert.Equal(2 * 250 + 1, SyntheticStrip.OrganizationOf(0.5005, -0.2, 1000));
    }

    [Fact]
    public void AHundredOrganizationsOnTenThousandNodesEachHoldTheirBandSide()
    {
        var r = RouteGraphBuilder.Generate(Scale10k(100).Landscape, Scale10k(100).Supply, 1);
        Assert.Equal(10_000, r.NodeCount);
        Assert.Equal(100, r.Organizations);
        var nodes = new int[101];
        for (int v = 1; v < r.Market; v++)
        {
            int org = r.NodeOrganization[v];
            Assert.InRange(org, 1, 100);
            nodes[org]++;
            // Independent check of the rule from the node's coordinates (skipping nodes on a band boundary).
            var (u, across) = StripPosition(r.Sites[v]);
            double band = u * 50;
            if (Math.Abs(band - Math.Round(band)) < 1e-6) continue;
            Assert.Equal(2 * (int)Math.Floor(band) + (across < 0 ? 1 : 2), org);
        }
        for (int org = 1; org <= 100; org++) Assert.True(nodes[org] >= 1, $"organization {org} has no transit node");
        Assert.Equal(9_998, nodes.Sum());
        // Edges belong to their transit end's organization.
        var g = r.Graph;
        for (int e = 0; e < r.EdgeCount; e++)
            Assert.Equal(g.Source(e) == r.Source ? r.NodeOrganization[g.Target(e)] : r.NodeOrganization[g.Source(e)], r.EdgeOrganization[e]);
    }

    [Fact]
    public void AnOddCountLeavesTheLastBandWhole()
    {
        var r = RouteGraphBuilder.Generate(Scale10k(7).Landscape, Scale10k(7).Supply, 3);
        Assert.Equal(7, r.Organizations);
        for (int v = 1; v < r.Market; v++)
        {
            var (u, _) = StripPosition(r.Sites[v]);
            if (u * 4 > 3 + 1e-6) Assert.Equal(7, r.NodeOrganization[v]);
            if (u * 4 < 3 - 1e-6) Assert.InRange(r.NodeOrganization[v], 1, 6);
        }
        var one = RouteGraphBuilder.Generate(Scale10k(1).Landscape, Scale10k(1).Supply, 3);
        Assert.Equal(1, one.Organizations);
        for (int v = 1; v < one.Market; v++) Assert.Equal(1, one.NodeOrganization[v]);
    }

    [Fact]
    public void TooManyOrganizationsForTheBandsFailWithAClearMessage()
    {
        // 154 transit nodes in 50 bands: about 3 a band, so some band side is empty.
        var s = ScenarioLoader.Load("baseline", ["landscape.organizations=100"]);
        var e = Assert.Throws<ScenarioException>(() => RouteGraphBuilder.Generate(s.NarcoLogic().Landscape, s.NarcoLogic().Supply, 1));
        Assert.Contains("'landscape.organizations' = 100", e.Message);
        Assert.Contains("gets no transit node", e.Message);
        Assert.Contains("per band", e.Message);
        Assert.Contains("landscape.departments", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        // More organizations than transit nodes is caught when the scenario loads.
        var load = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("baseline", ["landscape.organizations=155"]));
        Assert.Contains("'landscape.organizations' = 155 must not exceed the 154 transit nodes", load.Message);
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("baseline", ["landscape.organizations=0"]));
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("baseline", ["landscape.organizations=10001"]));
    }

    /// <summary>R3 as it was written before the one-pass rewrite: a scan of all candidates per organization.</summary>
    private static bool[] ReferenceSelect(int[] candidates, double[] value, double[] routePref, double[] risk, int[] edgeOrg, int organizations, bool perOrganization)
    {
        int n = candidates.Length;
        var kept = new bool[n];
        bool IsSafer(int i, int j)
        {
            double ri = risk[candidates[i]], rj = risk[candidates[j]];
            if (ri != rj) return ri < rj;
            if (value[i] != value[j]) return value[i] > value[j];
            return candidates[i] < candidates[j];
        }
        int groups = perOrganization ? organizations : 1;
        for (int i = 0; i < n; i++) kept[i] = routePref[candidates[i]] * value[i] > 0;
        for (int org = 1; org <= groups; org++)
        {
            int best = -1;
            bool anyKept = false;
            for (int i = 0; i < n; i++)
            {
                int e = candidates[i];
                if (perOrganization && edgeOrg[e] != org) continue;
                anyKept |= kept[i];
                if (best < 0 || IsSafer(i, best)) best = i;
            }
            if (!anyKept && best >= 0) kept[best] = true;
        }
        return kept;
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 50)]
    [InlineData(3, 300)]
    public void OnePassSelectionEqualsThePerOrganizationScan(int seed, int organizations)
    {
        var rng = new RngStream((ulong)seed, 0, 900, 0, 0);
        const int edges = 2_000;
        var bestOf = new int[organizations + 1];
        Array.Fill(bestOf, -1);
        var anyKeptOf = new bool[organizations + 1];
        var groupsSeen = new int[organizations + 1];
        int fallbacks = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            // Coarse risks, values and preferences so that ties and "nothing kept" groups are common.
            var risk = new double[edges];
            var routePref = new double[edges];
            var edgeOrg = new int[edges];
            for (int e = 0; e < edges; e++)
            {
                risk[e] = rng.NextInt(4) / 4.0;
                routePref[e] = rng.NextInt(3) == 0 ? 0 : 1;
                edgeOrg[e] = 1 + rng.NextInt(organizations);
            }
            int n = 1 + rng.NextInt(trial % 2 == 0 ? 40 : 600);
            var candidates = new int[n];
            var value = new double[n];
            for (int i = 0; i < n; i++)
            {
                candidates[i] = rng.NextInt(edges); // repeats allowed: ties down to the edge id
                value[i] = rng.NextInt(5) - (trial % 3 == 0 ? 4 : 2); // every third trial keeps nothing: all fall back
            }
            Array.Sort(candidates);
            foreach (bool perOrganization in new[] { true, false })
            {
                var expected = ReferenceSelect(candidates, value, routePref, risk, edgeOrg, organizations, perOrganization);
                var kept = new bool[n];
                RouteChoice.SelectKept(candidates, value, kept, routePref, risk, perOrganization ? edgeOrg : null, bestOf, anyKeptOf, groupsSeen);
                Assert.Equal(expected, kept);
                Assert.All(bestOf, b => Assert.Equal(-1, b)); // scratch left clean for the next node
                for (int i = 0; i < n; i++) if (kept[i] && !(routePref[candidates[i]] * value[i] > 0)) fallbacks++;
            }
        }
        Assert.True(fallbacks > 100, $"only {fallbacks} fallback selections: the test does not exercise R3's fallback");
    }

    /// <summary>
    /// Runs a world with many organizations month by month; at network.adapt it runs the real agent and the
    /// reference (per-organization scans) from the same state and requires identical route preferences,
    /// expansions and cuts. On two threads organizations act in parallel: the permitted count they keep through
    /// concurrent writes must still equal a count of the preferences.
    /// </summary>
    [Theory]
    [InlineData("kingpin", 40, 1)]
    [InlineData("kingpin", 40, 2)]
    [InlineData("utility", 40, 2)]
    [InlineData("none", 9, 1)]
    public void NetworkAgentEqualsThePerOrganizationScans(string strategy, int organizations, int threads)
    {
        var scenario = ScenarioLoader.Load("baseline", [
            "landscape.departments=400", "landscape.cells_per_department=10", "landscape.edge_window=60",
            $"landscape.organizations={organizations}", "interdiction.sl_min=60", "interdiction.sl_max=300",
            $"targeting.arrest_strategy={strategy}", "targeting.start_month=3", "targeting.arrests_per_month=6", "ticks=36"]);
        using var parallel = new TraffickingAbm.Engine.Parallel.BlockRunner(threads);
        var model = new NarcoLogicModel(scenario, 5, parallel: parallel);
        var w = model.World;
        var reference = new ReferenceNetworkAgent(w);
        int expansions = 0, cuts = 0;
        for (int t = 0; t < scenario.Ticks; t++)
            foreach (var phase in model.Schedule.Phases)
            {
                if (phase.Name != "network.adapt") { phase.Run(t); continue; }
                var before = w.RoutePref.ToArray();
                reference.Act();
                var expected = w.RoutePref.ToArray();
                w.RoutePref.CopyFrom(before);
                phase.Run(t);
                Assert.Equal(expected, w.RoutePref.ToArray());
                Assert.Equal(expected.Count(p => p > 0), w.RoutePref.PermittedCount);
                Assert.Equal(reference.Expanded.ToArray(), model.NetworkAgent.Expanded.ToArray());
                Assert.Equal(reference.Consolidated.ToArray(), model.NetworkAgent.Consolidated.ToArray());
                Assert.Equal(reference.Added.ToArray(), model.NetworkAgent.Added.ToArray());
                Assert.Equal(reference.Cut.ToArray(), model.NetworkAgent.Cut.ToArray());
                expansions += model.NetworkAgent.Expanded.Length;
                cuts += model.NetworkAgent.Consolidated.Length;
            }
        Assert.True(expansions > 0 && cuts > 0, $"expansions {expansions}, cuts {cuts}: both rules must be exercised");
        Assert.True(w.Territory.Count >= organizations);
    }

    [Fact]
    public void RouteNodesGoRoundRobinToTheirOrganizationsTransporters()
    {
        var scenario = ScenarioLoader.Load("scale-10k", ["ticks=1"]);
        var model = new NarcoLogicModel(scenario, 2);
        var net = model.Organizations.Network;
        var territory = model.World.Territory;
        Assert.Equal(100 * 37, net.Count);
        for (int org = 1; org <= territory.Count; org++)
        {
            var transporters = Enumerable.Range(0, net.Count).Where(i => net.Org[i] == org && net.Role[i] == Role.Transporter).ToList();
            Assert.Equal(12, transporters.Count);
            int k = 0;
            for (int v = 0; v < territory.NodeOrg.Length; v++)
                if (territory.NodeOrg[v] == org) Assert.Equal(transporters[k++ % transporters.Count], net.NodeOperator[v]);
            Assert.True(k > 0);
            for (int m = net.FirstMember[org]; m < net.EndMember[org]; m++) Assert.Equal(org, net.Org[m]);
        }
        Assert.Equal(-1, net.NodeOperator[0]);
        Assert.Equal(-1, net.NodeOperator[^1]);
    }

    [Fact]
    public void MeasuresWithReusedBuffersEqualFreshOnes()
    {
        // 100 organizations: 100 components of 37 members; removals change presence between measurements.
        var model = new NarcoLogicModel(ScenarioLoader.Load("scale-10k", ["ticks=1"]), 4);
        var net = model.Organizations.Network;
        var buffers = new MeasureBuffers(net.Count);
        var present = new bool[net.Count];
        var rng = new RngStream(4, 0, 901, 0, 0);
        for (int round = 0; round < 4; round++)
        {
            for (int m = 0; m < net.Count; m++) present[m] = rng.NextDouble() >= 0.2 * round;
            Assert.Equal(NetworkMeasures.Betweenness(net.Ties, present), NetworkMeasures.Betweenness(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.Degrees(net.Ties, present), NetworkMeasures.Degrees(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.GlobalEfficiency(net.Ties, present), NetworkMeasures.GlobalEfficiency(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.LargestComponentShare(net.Ties, present), NetworkMeasures.LargestComponentShare(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.ComponentCount(net.Ties, present), NetworkMeasures.ComponentCount(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.Density(net.Ties, present), NetworkMeasures.Density(net.Ties, present, buffers));
            Assert.Equal(NetworkMeasures.DegreeCentralization(net.Ties, present), NetworkMeasures.DegreeCentralization(net.Ties, present, buffers));
        }
        Assert.True(NetworkMeasures.ComponentCount(net.Ties, present) >= 100);
        // Other list types are copied to the concrete ones: same result.
        var asArrays = net.Ties.Select(t => (IReadOnlyList<int>)t.ToArray()).ToList();
        Assert.Equal(NetworkMeasures.Betweenness(net.Ties, present), NetworkMeasures.Betweenness(asArrays, present.ToList()));
        Assert.Throws<ArgumentException>(() => NetworkMeasures.Degrees(net.Ties, present, new MeasureBuffers(3)));
    }

    /// <summary>
    /// A year of the 10k-node world with 100 organizations under kingpin arrests from month 0: cocaine is
    /// conserved every month, leaders fall and organizations split, and the bookkeeping of splits holds
    /// (members stay in their organization's member range, ties never cross organizations, a route node
    /// belongs to the organization of the transporter operating it).
    /// </summary>
    [Fact]
    public void AYearOfTenThousandNodesAndAHundredOrganizationsUnderKingpinArrests()
    {
        var scenario = ScenarioLoader.Load("scale-10k", [
            "ticks=12", "targeting.arrest_strategy=kingpin", "targeting.start_month=0", "targeting.arrests_per_month=40",
            "organizations.succession_months=1", "organizations.split_hierarchical=1"]);
        var model = new NarcoLogicModel(scenario, 3);
        var w = model.World;
        double produced = 0, delivered = 0, seized = 0;
        int arrests = 0;
        model.Run(_ =>
        {
            produced += w.ProducedKg;
            delivered += w.DeliveredKg;
            seized += w.SeizedKg;
            arrests += model.Organizations.Tally.Arrests.Sum();
            double balance = delivered + seized + NetworkMetrics.InTransitKg(w) + w.Stock[w.Routes.Source];
            Assert.True(Math.Abs(produced - balance) <= 1e-9 * produced,
                $"month {model.Totals.Ticks}: produced {produced} vs delivered+seized+in transit+held {balance}");
        });
        Assert.True(produced > 0 && delivered > 0);
        Assert.True(arrests > 0);
        Assert.True(model.OrganizationSummary.Splits > 0, "no organization split: the split bookkeeping is not exercised");
        Assert.True(w.Territory.Count > 100);

        var net = model.Organizations.Network;
        for (int m = 0; m < net.Count; m++)
        {
            if (net.Retired[m]) continue;
            int org = net.Org[m];
            Assert.InRange(m, net.FirstMember[org], net.EndMember[org] - 1);
            foreach (int b in net.Ties[m]) Assert.Equal(org, net.Org[b]);
        }
        for (int v = 1; v < w.Routes.Market; v++)
            Assert.Equal(net.Org[net.NodeOperator[v]], w.Territory.NodeOrg[v]);
        var g = w.Routes.Graph;
        for (int e = 0; e < w.Routes.EdgeCount; e++)
            Assert.Equal(g.Source(e) == w.Routes.Source ? w.Territory.NodeOrg[g.Target(e)] : w.Territory.NodeOrg[g.Source(e)], w.Territory.EdgeOrg[e]);
    }
}
