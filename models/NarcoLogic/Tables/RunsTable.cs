using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>What the runs table reads after the last month: the world, the whole-run totals and the recovery measure.</summary>
public sealed class RunRecord
{
    public RunRecord(TraffickingWorld world, string scenario, RunTotals totals, OrganizationSummary organizations)
    {
        World = world;
        Scenario = scenario;
        Totals = totals;
        Organizations = organizations;
        Start = world.Parameters.Targeting.StartMonth;
        (PreShare, RecoveryMonths) = Recovery.Measure(totals.DeliveredByMonth, totals.ProducedByMonth, Start);
    }

    public TraffickingWorld World { get; }
    public string Scenario { get; }
    public RunTotals Totals { get; }
    public OrganizationSummary Organizations { get; }
    public int Start { get; }
    public double PreShare { get; }
    public int RecoveryMonths { get; }

    /// <summary>Transit nodes that received flow in any month.</summary>
    public int NodesEverUsed
    {
        get
        {
            int everUsed = 0;
            var (start, end) = World.Routes.Transit;
            for (int v = start; v < end; v++) if (World.EverReceived[v]) everUsed++;
            return everUsed;
        }
    }
}

/// <summary>runs: one row per run with its identity and whole-run totals (docs/output-schema.md).</summary>
public static class RunsTable
{
    public static TableSchema<RunRecord> Schema { get; } = new TableSchema<RunRecord>("runs", "one row per run: identity and whole-run totals")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.World.RunLabel)
        .String("scenario", "name", "scenario name", r => r.Scenario)
        .Int64("seed", "seed", "the run's seed (the 64-bit seed reinterpreted as signed)", r => unchecked((long)r.World.Seed))
        .Int32("ticks", "months", "months simulated", r => r.Totals.Ticks)
        .Int32("nodes", "nodes", "route-graph nodes, source and market included", r => r.World.Routes.NodeCount)
        .Int32("edges", "edges", "route-graph edges", r => r.World.Routes.EdgeCount)
        .Double("produced_kg", "kg", "total supply over the run", r => r.Totals.ProducedKg)
        .Double("delivered_kg", "kg", "total kg that reached the market", r => r.Totals.DeliveredKg)
        .Double("seized_kg", "kg", "total kg seized", r => r.Totals.SeizedKg)
        .Double("source_outflow_kg", "kg", "total kg shipped from the source, seized included", r => r.Totals.SourceOutflowKg)
        .Double("seized_share", "share", "seized_kg / source_outflow_kg over the run (R19); 0 when nothing left the source",
            r => r.Totals.SourceOutflowKg > 0 ? r.Totals.SeizedKg / r.Totals.SourceOutflowKg : 0)
        .Double("delivered_share", "share", "delivered_kg / produced_kg over the run (R19)",
            r => r.Totals.ProducedKg > 0 ? r.Totals.DeliveredKg / r.Totals.ProducedKg : 0)
        .Double("final_in_transit_kg", "kg", "stock at transit nodes after the last month", r => NetworkMetrics.InTransitKg(r.World))
        .Double("final_held_kg", "kg", "stock at the source after the last month", r => r.World.Stock[r.World.Routes.Source])
        .Int32("nodes_ever_used", "nodes", "transit nodes that received flow in any month", r => r.NodesEverUsed)
        .Int32("max_active_nodes", "nodes", "largest monthly active_nodes", r => r.Totals.MaxActiveNodes)
        .Int32("intervention_month", "month", "targeting.start_month: when the arrest and route strategies start", r => r.Start)
        .Double("pre_intervention_delivered_share", "share", "delivered / produced over the 12 months before intervention_month", r => r.PreShare)
        .Int32("recovery_months", "months", "months from intervention_month until the 3-month delivered share is back at 90% of the pre-intervention share; 0 if it never fell below, -1 if it never recovered",
            r => r.RecoveryMonths)
        .Double("post_delivered_kg", "kg", "kg delivered from intervention_month on", r => r.Totals.DeliveredByMonth.Skip(r.Start).Sum())
        .Double("post_seized_kg", "kg", "kg seized from intervention_month on", r => r.Totals.SeizedByMonth.Skip(r.Start).Sum())
        .Int32("final_organizations", "organizations", "organizations with members in place after the last month", r => r.Organizations.Organizations)
        .Double("final_degree_centralization", "0..1", "Freeman degree centralization of the criminal network after the last month",
            r => r.Organizations.DegreeCentralization)
        .Int32("successions", "events", "succession contests over the run (violence proxy)", r => r.Organizations.Successions)
        .Int32("splits", "events", "organization splits over the run (violence proxy)", r => r.Organizations.Splits)
        .Int32("arrests", "arrests", "arrests over the run", r => r.Organizations.Arrests);
}
