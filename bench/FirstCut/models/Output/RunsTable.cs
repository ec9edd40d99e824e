using TraffickingAbm.FirstCut.Engine.Recording;
using TraffickingAbm.FirstCut.Models.NarcoLogic;

namespace TraffickingAbm.FirstCut.Models.Output;

/// <summary>runs: one row per run with its identity and whole-run totals (docs/output-schema.md).</summary>
public sealed class RunsTable
{
    public Table Table { get; } = new("runs", "one row per run: identity and whole-run totals");
    private readonly ValueColumn<int> _run, _ticks, _nodes, _edges, _nodesEverUsed, _maxActiveNodes;
    private readonly ValueColumn<long> _seed;
    private readonly StringColumn _scenario;
    private readonly ValueColumn<double> _produced, _delivered, _seized, _sourceOutflow, _seizedShare, _deliveredShare, _inTransit, _held;

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
    }

    public void Record(TraffickingWorld w, string scenario, int ticks, RunTotals totals)
    {
        var routes = w.Routes;
        int everUsed = 0;
        for (int v = 1; v < routes.Market; v++) if (w.EverReceived[v]) everUsed++;
        _run.Append(w.Run);
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
        Table.EndRow();
    }
}
