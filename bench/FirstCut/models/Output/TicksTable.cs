using TraffickingAbm.FirstCut.Engine.Recording;
using TraffickingAbm.FirstCut.Models.NarcoLogic;

namespace TraffickingAbm.FirstCut.Models.Output;

/// <summary>ticks: one row per month with the run's global flows, stocks and network metrics (docs/output-schema.md).</summary>
public sealed class TicksTable
{
    public Table Table { get; } = new("ticks", "one row per month: global flows, stocks and network state");
    private readonly ValueColumn<int> _run, _tick, _activeNodes, _activeEdges, _events, _successes, _capacity;
    private readonly ValueColumn<double> _produced, _delivered, _seized, _sourceOutflow, _inTransit, _held,
        _seizureRate, _meanRisk, _deliveredValue, _seizedValue, _margin, _bribes;

    public TicksTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _produced = t.Double("produced_kg", "kg", "supply added at the source this month (R14)");
        _delivered = t.Double("delivered_kg", "kg", "kg that reached the market this month");
        _seized = t.Double("seized_kg", "kg", "kg seized by interdiction this month");
        _sourceOutflow = t.Double("source_outflow_kg", "kg", "kg shipped from the source this month, seized included");
        _inTransit = t.Double("in_transit_kg", "kg", "stock held at transit nodes at the end of the month");
        _held = t.Double("held_kg", "kg", "stock left at the source at the end of the month");
        _activeNodes = t.Int32("active_nodes", "nodes", "transit nodes that received flow this month (R19)");
        _activeEdges = t.Int32("active_edges", "edges", "edges with flow or seizures this month (R19)");
        _events = t.Int32("sl_events", "events", "seizure-and-loss events placed this month");
        _successes = t.Int32("successful_sl_events", "events", "events that seized something");
        _seizureRate = t.Double("seizure_rate", "share", "seized_kg / (seized_kg + delivered_kg); 0 when both are 0");
        _capacity = t.Int32("interdiction_capacity", "events/month", "capacity C(t) used this month (R9)");
        _meanRisk = t.Double("mean_perceived_risk", "probability", "mean perceived risk over permitted edges (routepref > 0)");
        _deliveredValue = t.Double("delivered_value_usd", "USD", "delivered_kg times the market price");
        _seizedValue = t.Double("seized_value_usd", "USD", "seized kg times the price at each seized edge's receiving node");
        _margin = t.Double("margin_usd", "USD", "traffickers' margin on unseized flow: sum of flow x (price gain - cost)");
        _bribes = t.Double("bribes_usd", "USD", "bribes: bribepct x positive edge margins (accounting only)");
    }

    public void Record(TraffickingWorld w, int tick, int events)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        int activeEdges = 0, successes = 0, permitted = 0;
        double riskSum = 0, seizedValue = 0, margin = 0, bribes = 0;
        double bribePct = w.Parameters.Trafficking.BribePct;
        for (int e = 0; e < routes.EdgeCount; e++)
        {
            if (w.Flow[e] > 0 || w.Seized[e] > 0) activeEdges++;
            if (w.Seized[e] > 0)
            {
                successes++;
                seizedValue += w.Seized[e] * routes.Price[g.Target(e)];
            }
            if (w.RoutePref[e] > 0) { permitted++; riskSum += w.PerceivedRisk[e]; }
            if (w.Flow[e] > 0)
            {
                double edgeMargin = w.Flow[e] * (routes.AddedValue(e) - w.Cost[e]);
                margin += edgeMargin;
                bribes += bribePct * Math.Max(edgeMargin, 0);
            }
        }
        _run.Append(w.Run);
        _tick.Append(tick);
        _produced.Append(w.ProducedKg);
        _delivered.Append(w.DeliveredKg);
        _seized.Append(w.SeizedKg);
        _sourceOutflow.Append(w.SourceOutflowKg);
        _inTransit.Append(NetworkMetrics.InTransitKg(w));
        _held.Append(w.Stock[routes.Source]);
        _activeNodes.Append(NetworkMetrics.ActiveNodes(w));
        _activeEdges.Append(activeEdges);
        _events.Append(events);
        _successes.Append(successes);
        double finished = w.SeizedKg + w.DeliveredKg;
        _seizureRate.Append(finished > 0 ? w.SeizedKg / finished : 0);
        _capacity.Append(w.CapacityThisMonth);
        _meanRisk.Append(permitted > 0 ? riskSum / permitted : 0);
        _deliveredValue.Append(w.DeliveredKg * routes.Price[routes.Market]);
        _seizedValue.Append(seizedValue);
        _margin.Append(margin);
        _bribes.Append(bribes);
        Table.EndRow();
    }
}
