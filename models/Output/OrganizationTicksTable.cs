using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Output;

/// <summary>org_ticks: one row per month and organization (NarcoLogic's per-DTO outputs; docs/output-schema.md).</summary>
public sealed class OrganizationTicksTable
{
    public Table Table { get; } = new("org_ticks", "one row per month and trafficking organization");
    private readonly ValueColumn<int> _run, _tick, _org, _activeNodes, _activeEdges, _permittedEdges, _events, _successes, _added, _cut;
    private int[] _eventsOf = []; // seizure-and-loss events per organization this month; zero between calls
    private readonly ValueColumn<double> _outflow, _delivered, _deliveredValue, _seized, _seizedValue, _kgPerEvent, _valuePerEvent, _entropy, _evenness;

    public OrganizationTicksTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _org = t.Int32("org", "id", "organization, 1..; with landscape.organizations = 2 at the start: 1 Pacific, 2 Caribbean");
        _activeNodes = t.Int32("active_nodes", "nodes", "the organization's transit nodes that received flow this month");
        _activeEdges = t.Int32("active_edges", "edges", "the organization's edges with flow or seizures this month");
        _permittedEdges = t.Int32("permitted_edges", "edges", "edges with routepref > 0 at month end");
        _events = t.Int32("sl_events", "events", "seizure-and-loss events on the organization's edges");
        _successes = t.Int32("successful_sl_events", "events", "events that seized something");
        _outflow = t.Double("source_outflow_kg", "kg", "kg the source shipped to the organization, seized included");
        _delivered = t.Double("delivered_kg", "kg", "kg the organization delivered to the market");
        _deliveredValue = t.Double("delivered_value_usd", "USD", "delivered_kg times the market price");
        _seized = t.Double("seized_kg", "kg", "kg seized from the organization");
        _seizedValue = t.Double("seized_value_usd", "USD", "seized kg times the receiving node's price");
        _kgPerEvent = t.Double("kg_per_seizure", "kg/event", "seized_kg / successful_sl_events; 0 without successes");
        _valuePerEvent = t.Double("value_per_seizure_usd", "USD/event", "seized_value_usd / successful_sl_events; 0 without successes");
        _entropy = t.Double("flow_entropy", "nats", "entropy of the organization's unseized edge flows as shares of its source outflow (R19)");
        _evenness = t.Double("flow_evenness", "share", "flow_entropy / ln(edges with flow); 0 with one edge or none");
        _added = t.Int32("nodes_added", "nodes", "new nodes opened by the network agent's expansion (R12)");
        _cut = t.Int32("edges_cut", "edges", "edges closed by the network agent's consolidation (R11)");
    }

    public void Record(TraffickingWorld w, int tick, ReadOnlySpan<int> events, NetworkAgent network, MonthAggregates sums)
    {
        var routes = w.Routes;
        if (_eventsOf.Length < w.Territory.Capacity + 1) _eventsOf = new int[w.Territory.Capacity + 1];
        foreach (int e in events) _eventsOf[w.Territory.EdgeOrg[e]]++; // one pass, not one per organization
        for (int org = 1; org <= w.Territory.Count; org++)
        {
            int nEvents = _eventsOf[org];
            int successes = sums.Successes[org];
            double seized = sums.Seized[org], seizedValue = sums.SeizedValue[org], delivered = sums.Delivered[org];
            _run.Append(w.RunLabel);
            _tick.Append(tick);
            _org.Append(org);
            _activeNodes.Append(sums.ActiveNodes[org]);
            _activeEdges.Append(sums.ActiveEdges[org]);
            _permittedEdges.Append(sums.Permitted[org]);
            _events.Append(nEvents);
            _successes.Append(successes);
            _outflow.Append(sums.SourceOutflow[org]);
            _delivered.Append(delivered);
            _deliveredValue.Append(delivered * routes.Price[routes.Market]);
            _seized.Append(seized);
            _seizedValue.Append(seizedValue);
            _kgPerEvent.Append(successes > 0 ? seized / successes : 0);
            _valuePerEvent.Append(successes > 0 ? seizedValue / successes : 0);
            _entropy.Append(sums.Entropy[org]);
            _evenness.Append(MonthAggregates.Evenness(sums.Entropy[org], sums.FlowEdges[org]));
            _added.Append(network.Added[org]);
            _cut.Append(network.Cut[org]);
            Table.EndRow();
        }
        foreach (int e in events) _eventsOf[w.Territory.EdgeOrg[e]] = 0;
    }
}
