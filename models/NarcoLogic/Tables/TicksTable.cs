using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>ticks: one row per month with the run's global flows, stocks and network metrics (docs/output-schema.md).</summary>
public static class TicksTable
{
    public static TableSchema<MonthRecord> Schema { get; } = new TableSchema<MonthRecord>("ticks", "one row per month: global flows, stocks and network state")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.Run)
        .Int32("tick", "month", "month index, 0-based", r => r.Tick)
        .Double("produced_kg", "kg", "supply added at the source this month (R14)", r => r.World.ProducedKg)
        .Double("delivered_kg", "kg", "kg that reached the market this month", r => r.World.DeliveredKg)
        .Double("seized_kg", "kg", "kg seized by interdiction this month", r => r.World.SeizedKg)
        .Double("source_outflow_kg", "kg", "kg shipped from the source this month, seized included", r => r.World.SourceOutflowKg)
        .Double("in_transit_kg", "kg", "stock held at transit nodes at the end of the month", r => r.Sums.InTransitKg)
        .Double("held_kg", "kg", "stock left at the source at the end of the month", r => r.World.Stock[r.World.Routes.Source])
        .Int32("active_nodes", "nodes", "transit nodes that received flow this month (R19)", r => r.Sums.TotalActiveNodes)
        .Int32("active_edges", "edges", "edges with flow or seizures this month (R19)", r => r.Sums.TotalActiveEdges)
        .Int32("sl_events", "events", "seizure-and-loss events placed this month", r => r.Interdiction.EventCount)
        .Int32("successful_sl_events", "events", "events that seized something", r => r.Sums.TotalSuccesses)
        .Double("seizure_rate", "share", "seized_kg / (seized_kg + delivered_kg); 0 when both are 0", r => SeizureRate(r.World))
        .Int32("interdiction_capacity", "events/month", "capacity C(t) used this month (R9)", r => r.World.CapacityThisMonth)
        .Double("mean_perceived_risk", "probability", "mean perceived risk over the edges permitted at month end (routepref > 0)",
            r => r.Sums.TotalPermitted > 0 ? r.Sums.RiskSum / r.Sums.TotalPermitted : 0)
        .Double("flow_entropy", "nats", "Shannon entropy of unseized edge flows as shares of source outflow (R19)", r => r.Sums.TotalEntropy)
        .Double("flow_evenness", "share", "flow_entropy / ln(edges with flow); 0 with one edge or none",
            r => MonthAggregates.Evenness(r.Sums.TotalEntropy, r.Sums.TotalFlowEdges))
        .Double("delivered_value_usd", "USD", "delivered_kg times the market price", r => r.World.DeliveredKg * r.World.Routes.Price[r.World.Routes.Market])
        .Double("seized_value_usd", "USD", "seized kg times the price at each seized edge's receiving node", r => r.Sums.TotalSeizedValue)
        .Double("margin_usd", "USD", "traffickers' margin on unseized flow: sum of flow x (price gain - cost)", r => r.Sums.Margin)
        .Double("bribes_usd", "USD", "bribes: bribepct x positive edge margins (accounting only)", r => r.Sums.Bribes)
        .Int32("organizations", "organizations", "organizations with members in place", r => r.OrganizationSummary.Organizations)
        .Int32("members", "members", "members in place across all organizations", r => r.OrganizationSummary.Members)
        .Int32("arrests", "arrests", "arrests this month", r => r.Tally.Arrests.Sum())
        .Int32("successions", "events", "succession contests resolved this month (violence proxy)", r => r.Tally.Successions)
        .Int32("splits", "events", "organizations split this month (violence proxy)", r => r.Tally.Splits)
        .Double("largest_component_share", "share", "members in the largest connected component / members in place (all organizations together)",
            r => r.OrganizationSummary.LargestComponentShare)
        .Double("global_efficiency", "0..1", "Latora-Marchiori global efficiency of the criminal network", r => r.OrganizationSummary.GlobalEfficiency)
        .Double("density", "0..1", "tie density of the criminal network", r => r.OrganizationSummary.Density)
        .Double("degree_centralization", "0..1", "Freeman degree centralization of the criminal network", r => r.OrganizationSummary.DegreeCentralization)
        .Double("organization_concentration", "0..1", "Herfindahl-Hirschman index of organizations' shares of members (1 = a single organization)",
            r => r.OrganizationSummary.Concentration);

    private static double SeizureRate(TraffickingWorld w)
    {
        double finished = w.SeizedKg + w.DeliveredKg;
        return finished > 0 ? w.SeizedKg / finished : 0;
    }
}
