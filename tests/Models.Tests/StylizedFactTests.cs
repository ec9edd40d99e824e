using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>
/// Stylized facts of competitive adaptation that NarcoLogic reproduces (Magliocca et al. 2019 PNAS;
/// project resolutions, "what a correct implementation shows"), each over several seeds.
/// </summary>
public class StylizedFactTests
{
    private static readonly ulong[] Seeds = [1, 2, 3, 4, 5];

    private sealed record Trace(int[] EverUsedByMonth, double[] Entropy, int[][] ActiveNodesByOrg, RunTotals Totals, int[] Capacity,
        double[] Produced, double[] Delivered);

    private static Trace RunTrace(ulong seed, params string[] overrides)
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("narcologic", overrides), seed);
        var w = model.World;
        int ticks = model.Parameters.Ticks, orgs = w.Routes.Organizations;
        var everUsed = new int[ticks];
        var entropy = new double[ticks];
        var capacity = new int[ticks];
        var produced = new double[ticks];
        var delivered = new double[ticks];
        var activeByOrg = Enumerable.Range(0, orgs + 1).Select(_ => new int[ticks]).ToArray();
        int expandMax = model.Parameters.Trafficking.ExpandMax;
        model.Run(t =>
        {
            everUsed[t] = w.EverReceived.Count(b => b);
            entropy[t] = NetworkMetrics.FlowDiversity(w, 0, w.SourceOutflowKg).Entropy;
            capacity[t] = w.CapacityThisMonth;
            produced[t] = w.ProducedKg;
            delivered[t] = w.DeliveredKg;
            var g = w.Routes.Graph;
            for (int v = 1; v < w.Routes.Market; v++)
                foreach (int e in g.InEdges(v))
                    if (w.Flow[e] > 0) { activeByOrg[w.Routes.NodeOrganization[v]][t]++; break; }
            // Expansion never adds more than expandmax nodes per organization per month (R12).
            for (int org = 1; org <= orgs; org++)
                Assert.True(model.NetworkAgent.Added[org] <= expandMax, $"seed {seed} month {t}: org {org} added {model.NetworkAgent.Added[org]} > expandmax {expandMax}");
            // No cost, risk or probability becomes NaN or infinite (R7 clamps the compounding premium).
            for (int e = 0; e < w.Routes.EdgeCount; e++)
            {
                Assert.True(double.IsFinite(w.Cost[e]) && w.Cost[e] >= 0, $"seed {seed} month {t}: cost[{e}] = {w.Cost[e]}");
                Assert.True(w.PerceivedRisk[e] is >= 0 and <= 1, $"seed {seed} month {t}: risk[{e}] = {w.PerceivedRisk[e]}");
                Assert.True(w.SlProb[e] is >= 0 and <= 1, $"seed {seed} month {t}: slprob[{e}] = {w.SlProb[e]}");
            }
        });
        return new Trace(everUsed, entropy, activeByOrg, model.Totals, capacity, produced, delivered);
    }

    /// <summary>First month by which half of the transit nodes have received flow; ticks if never.</summary>
    private static int HalfSpreadMonth(Trace trace) =>
        Array.FindIndex(trace.EverUsedByMonth, n => n >= 154 / 2) is var i and >= 0 ? i : trace.EverUsedByMonth.Length;

    [Fact]
    public void WithoutInterdictionEachOrganizationKeepsItsFirstCorridor()
    {
        foreach (ulong seed in Seeds)
        {
            var trace = RunTrace(seed, "interdiction.sl_min=0", "interdiction.sl_max=0");
            Assert.Equal(0, trace.Totals.SeizedKg);
            Assert.Equal(2, trace.EverUsedByMonth[^1]); // one corridor node per organization, for all 180 months
            for (int t = 0; t < trace.Entropy.Length; t++)
            {
                Assert.Equal(1, trace.ActiveNodesByOrg[1][t]);
                Assert.Equal(1, trace.ActiveNodesByOrg[2][t]);
            }
            // Flow entropy stays flat: after month 0 (first-use risk update) it never changes.
            for (int t = 2; t < trace.Entropy.Length; t++)
                Assert.True(Math.Abs(trace.Entropy[t] - trace.Entropy[1]) < 1e-9, $"seed {seed}: entropy moved from {trace.Entropy[1]} to {trace.Entropy[t]} in month {t}");
        }
    }

    [Fact]
    public void InterdictionSpreadsTheNetworkAndHigherCapacitySpreadsItSooner()
    {
        var floors = new[] { 10, 19, 38 };
        var meanHalf = new double[floors.Length];
        for (int i = 0; i < floors.Length; i++)
        {
            var halves = new List<int>();
            foreach (ulong seed in Seeds)
            {
                var trace = RunTrace(seed, $"interdiction.sl_min={floors[i]}");
                // Far beyond the two first corridors: most of the 154 transit nodes get used.
                Assert.True(trace.EverUsedByMonth[^1] >= 100, $"sl_min {floors[i]} seed {seed}: only {trace.EverUsedByMonth[^1]} nodes ever used");
                halves.Add(HalfSpreadMonth(trace));
            }
            meanHalf[i] = halves.Average();
        }
        // Compare means over seeds: a single seed can tie at the coarse monthly resolution.
        Assert.True(meanHalf[0] > meanHalf[1] && meanHalf[1] > meanHalf[2],
            $"half-spread month should fall as sl_min rises 10/19/38: {string.Join(" / ", meanHalf)}");
    }

    [Fact]
    public void AtTheCalibratedDefaultCapacityStaysAtTheFloorAndSeizedShareIsRealistic()
    {
        foreach (ulong seed in Seeds)
        {
            var trace = RunTrace(seed);
            // The first months are a start-up transient: the two initial corridors carry everything, a hit
            // seizes far above target and C rises for a few months (seen up to 37 in months 1-5), then decays.
            // From the second year on the ratchet must rest at the floor: brief one-month blips occur (seen:
            // one month at 24 in one of five seeds), a run-away to sl_max = 113 must not.
            var later = trace.Capacity.Skip(12).ToArray();
            Assert.True(later.Count(c => c == 19) >= 0.95 * later.Length, $"seed {seed}: capacity at the floor in only {later.Count(c => c == 19)} of {later.Length} months");
            Assert.All(later, c => Assert.InRange(c, 19, 38));
            double seizedShare = trace.Totals.SeizedKg / trace.Totals.SourceOutflowKg;
            // Seed 000 (the national interdiction plan) puts today's rate at 5–10% of supply; allow 5–15%
            // for model-to-world slack, as the issue's acceptance band does.
            Assert.InRange(seizedShare, 0.05, 0.15);
            // Delivered flow keeps tracking supply: at least 80% of each of the last five years' supply arrives.
            for (int year = 10; year < 15; year++)
            {
                double p = trace.Produced.Skip(12 * year).Take(12).Sum(), d = trace.Delivered.Skip(12 * year).Take(12).Sum();
                Assert.True(d >= 0.8 * p, $"seed {seed} year {year}: delivered {d:0} of {p:0} kg");
            }
        }
    }
}
