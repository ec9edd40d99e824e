using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>
/// Kenney (2007) and the kingpin literature (Jaén &amp; Dyner 2014; Calderón et al. 2015): removing the leaders
/// of hierarchical organizations yields more, smaller, less centralized organizations, while the supply
/// that reaches the market recovers.
/// </summary>
public class KingpinStylizedFactTests
{
    private static readonly string[] Decapitation =
    [
        "organizations.structure=hierarchical", "targeting.arrest_strategy=kingpin", "targeting.arrests_per_month=2",
        "targeting.arrest_success=1", "targeting.start_month=60", "targeting.end_month=61",
    ];

    private sealed record Outcome(int Organizations, double MeanSize, double Centralization, double Concentration, double LateShare, int Recovery, int Splits, double PreShare, double MidShare);

    private static Outcome Run(ulong seed, params string[] overrides)
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline", overrides), seed);
        model.Run();
        var s = model.OrganizationSummary;
        var t = model.Totals;
        double late = t.DeliveredByMonth.Skip(120).Sum() / t.ProducedByMonth.Skip(120).Sum();
        var (pre, recovery) = Recovery.Measure(t.DeliveredByMonth, t.ProducedByMonth, 60);
        double mid = t.DeliveredByMonth.Skip(64).Take(56).Sum() / t.ProducedByMonth.Skip(64).Take(56).Sum();
        return new Outcome(s.Organizations, (double)s.Members / s.Organizations, s.DegreeCentralization, s.Concentration, late, recovery, s.Splits, pre, mid);
    }

    [Fact]
    public void RemovingHierarchicalLeadersFragmentsTheOrganizationsAndSupplyRecovers()
    {
        var seeds = Enumerable.Range(1, 10).Select(s => (ulong)s).ToList();
        var after = seeds.Select(s => Run(s, Decapitation)).ToList();
        var without = seeds.Select(s => Run(s)).ToList();

        // With split probability 0.6 per organization, P(neither of two splits) = 0.16: expect ~8 of 10 seeds
        // to fragment; require a clear majority so the test fails if splitting breaks, not by bad luck.
        Assert.True(after.Count(o => o.Splits > 0) >= 6, $"splits in {after.Count(o => o.Splits > 0)} of 10 seeds");
        Assert.True(after.Average(o => o.Organizations) > 3, $"mean organizations {after.Average(o => o.Organizations)}");
        Assert.All(without, o => Assert.Equal(2, o.Organizations));
        Assert.True(after.Average(o => o.MeanSize) < without.Average(o => o.MeanSize));
        // Less centralized: the industry's concentration (HHI of organizations' member shares) falls in every
        // seed with a split, and where every organization split the criminal network's Freeman degree
        // centralization falls too. Where one organization split and the other promoted a lieutenant, the
        // promotion can raise the network's top degree (seen: 0.056 vs 0.051), so centralization is not
        // asserted there.
        for (int i = 0; i < seeds.Count; i++)
        {
            if (after[i].Splits > 0)
                Assert.True(after[i].Concentration < without[i].Concentration, $"seed {seeds[i]}: concentration {after[i].Concentration:0.000} vs {without[i].Concentration:0.000}");
            if (after[i].Splits == 2)
                Assert.True(after[i].Centralization < without[i].Centralization,
                    $"seed {seeds[i]}: centralization {after[i].Centralization:0.000} after vs {without[i].Centralization:0.000} without");
        }
        Assert.Contains(after, o => o.Splits == 2);
        // Supply recovers: over the five years after the succession (months 64-119) the delivered share of
        // supply is back at 90% or more of its pre-intervention level in every seed (seen: 0.93-1.00).
        // Not asserted, and reported in docs/model.md: in the last five years 2 of 10 fragmented runs collapse
        // (delivered share 0.37-0.39 vs 0.93), because the small successor networks concentrate flow on few
        // edges and NarcoLogic's interdiction ratchet (R9) escalates.
        for (int i = 0; i < seeds.Count; i++)
            Assert.True(after[i].MidShare >= 0.9 * after[i].PreShare,
                $"seed {seeds[i]}: delivered share {after[i].MidShare:0.000} in months 64-119 vs {after[i].PreShare:0.000} before");
    }
}
