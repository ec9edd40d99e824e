using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.Output;

/// <summary>runs: one row per run with its identity and whole-run totals (docs/output-schema.md).</summary>
public sealed class RunsTable
{
    public Table Table { get; } = new("runs", "one row per run: identity and whole-run totals");
    private readonly ValueColumn<int> _run, _ticks, _nodes, _edges, _nodesEverUsed, _maxActiveNodes, _start, _recovery, _orgs, _successions, _splits, _arrests;
    private readonly ValueColumn<long> _seed;
    private readonly StringColumn _scenario;
    private readonly ValueColumn<double> _produced, _delivered, _seized, _sourceOutflow, _seizedShare, _deliveredShare, _inTransit, _held, _preShare, _postDelivered, _postSeized, _centralization;

    public RunsTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _scenario = t.String("scenario", "name", "scenario name");
        _seed = t.Int64("seed", "seed", "the run's seed (the 64-bit seed reinterpreted as signed)");
        _ticks = t.Int32("ticks", "months", "months simulated");
        _nodes = t.Int32("nodes", "nodes", "route-graph nodes, source and market included");
        _edges = t.Int32("edges", "edges", "route-graph edges");
        _produced = t.Double("produced_kg", "kg", "total supply over the run");
        _delivered = t.Double("delivered_kg", "kg", "total kg that reached the market");
        _seized = t.Double("seized_kg", "kg", "total kg seized");
        _sourceOutflow = t.Double("source_outflow_kg", "kg", "total kg shipped from the source, seized included");
        _seizedShare = t.Double("seized_share", "share", "seized_kg / source_outflow_kg over the run (R19); 0 when nothing left the source");
        _deliveredShare = t.Double("delivered_share", "share", "delivered_kg / produced_kg over the run (R19)");
        _inTransit = t.Double("final_in_transit_kg", "kg", "stock at transit nodes after the last month");
        _held = t.Double("final_held_kg", "kg", "stock at the source after the last month");
        _nodesEverUsed = t.Int32("nodes_ever_used", "nodes", "transit nodes that received flow in any month");
        _maxActiveNodes = t.Int32("max_active_nodes", "nodes", "largest monthly active_nodes");
        _start = t.Int32("intervention_month", "month", "targeting.start_month: when the arrest and route strategies start");
        _preShare = t.Double("pre_intervention_delivered_share", "share", "delivered / produced over the 12 months before intervention_month");
        _recovery = t.Int32("recovery_months", "months", "months from intervention_month until the 3-month delivered share is back at 90% of the pre-intervention share; 0 if it never fell below, -1 if it never recovered");
        _postDelivered = t.Double("post_delivered_kg", "kg", "kg delivered from intervention_month on");
        _postSeized = t.Double("post_seized_kg", "kg", "kg seized from intervention_month on");
        _orgs = t.Int32("final_organizations", "organizations", "organizations with members in place after the last month");
        _centralization = t.Double("final_degree_centralization", "0..1", "Freeman degree centralization of the criminal network after the last month");
        _successions = t.Int32("successions", "events", "succession contests over the run (violence proxy)");
        _splits = t.Int32("splits", "events", "organization splits over the run (violence proxy)");
        _arrests = t.Int32("arrests", "arrests", "arrests over the run");
    }

    public void Record(TraffickingWorld w, string scenario, int ticks, RunTotals totals, OrganizationSummary organizations)
    {
        var routes = w.Routes;
        int everUsed = 0;
        for (int v = 1; v < routes.Market; v++) if (w.EverReceived[v]) everUsed++;
        _run.Append(w.RunLabel);
        _scenario.Append(scenario);
        _seed.Append(unchecked((long)w.Seed));
        _ticks.Append(ticks);
        _nodes.Append(routes.NodeCount);
        _edges.Append(routes.EdgeCount);
        _produced.Append(totals.ProducedKg);
        _delivered.Append(totals.DeliveredKg);
        _seized.Append(totals.SeizedKg);
        _sourceOutflow.Append(totals.SourceOutflowKg);
        _seizedShare.Append(totals.SourceOutflowKg > 0 ? totals.SeizedKg / totals.SourceOutflowKg : 0);
        _deliveredShare.Append(totals.ProducedKg > 0 ? totals.DeliveredKg / totals.ProducedKg : 0);
        _inTransit.Append(NetworkMetrics.InTransitKg(w));
        _held.Append(w.Stock[routes.Source]);
        _nodesEverUsed.Append(everUsed);
        _maxActiveNodes.Append(totals.MaxActiveNodes);
        int start = w.Parameters.Targeting.StartMonth;
        var (pre, months) = Recovery.Measure(totals.DeliveredByMonth, totals.ProducedByMonth, start);
        _start.Append(start);
        _preShare.Append(pre);
        _recovery.Append(months);
        _postDelivered.Append(totals.DeliveredByMonth.Skip(start).Sum());
        _postSeized.Append(totals.SeizedByMonth.Skip(start).Sum());
        _orgs.Append(organizations.Organizations);
        _centralization.Append(organizations.DegreeCentralization);
        _successions.Append(organizations.Successions);
        _splits.Append(organizations.Splits);
        _arrests.Append(organizations.Arrests);
        Table.EndRow();
    }
}
