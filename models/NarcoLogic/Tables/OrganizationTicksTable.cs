using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>One organization's month, as the org_ticks table reads it.</summary>
public sealed class OrganizationMonth(MonthRecord month)
{
    public MonthRecord Month { get; } = month;
    public int Org { get; set; }

    /// <summary>Seizure-and-loss events on the organization's edges this month.</summary>
    public int Events { get; set; }

    public MonthAggregates Sums => Month.Sums;
    public int Successes => Month.Sums.Successes[Org];
}

/// <summary>org_ticks: one row per month and organization (NarcoLogic's per-DTO outputs; docs/output-schema.md).</summary>
public sealed class OrganizationTicksTable
{
    public static TableSchema<OrganizationMonth> Schema { get; } = new TableSchema<OrganizationMonth>("org_ticks", "one row per month and trafficking organization")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.Month.Run)
        .Int32("tick", "month", "month index, 0-based", r => r.Month.Tick)
        .Int32("org", "id", "organization, 1..; with landscape.organizations = 2 at the start: 1 Pacific, 2 Caribbean", r => r.Org)
        .Int32("active_nodes", "nodes", "the organization's transit nodes that received flow this month", r => r.Sums.ActiveNodes[r.Org])
        .Int32("active_edges", "edges", "the organization's edges with flow or seizures this month", r => r.Sums.ActiveEdges[r.Org])
        .Int32("permitted_edges", "edges", "edges with routepref > 0 at month end", r => r.Sums.Permitted[r.Org])
        .Int32("sl_events", "events", "seizure-and-loss events on the organization's edges", r => r.Events)
        .Int32("successful_sl_events", "events", "events that seized something", r => r.Successes)
        .Double("source_outflow_kg", "kg", "kg the source shipped to the organization, seized included", r => r.Sums.SourceOutflow[r.Org])
        .Double("delivered_kg", "kg", "kg the organization delivered to the market", r => r.Sums.Delivered[r.Org])
        .Double("delivered_value_usd", "USD", "delivered_kg times the market price",
            r => r.Sums.Delivered[r.Org] * r.Month.World.Routes.Price[r.Month.World.Routes.Market])
        .Double("seized_kg", "kg", "kg seized from the organization", r => r.Sums.Seized[r.Org])
        .Double("seized_value_usd", "USD", "seized kg times the receiving node's price", r => r.Sums.SeizedValue[r.Org])
        .Double("kg_per_seizure", "kg/event", "seized_kg / successful_sl_events; 0 without successes",
            r => r.Successes > 0 ? r.Sums.Seized[r.Org] / r.Successes : 0)
        .Double("value_per_seizure_usd", "USD/event", "seized_value_usd / successful_sl_events; 0 without successes",
            r => r.Successes > 0 ? r.Sums.SeizedValue[r.Org] / r.Successes : 0)
        .Double("flow_entropy", "nats", "entropy of the organization's unseized edge flows as shares of its source outflow (R19)", r => r.Sums.Entropy[r.Org])
        .Double("flow_evenness", "share", "flow_entropy / ln(edges with flow); 0 with one edge or none",
            r => MonthAggregates.Evenness(r.Sums.Entropy[r.Org], r.Sums.FlowEdges[r.Org]))
        .Int32("nodes_added", "nodes", "new nodes opened by the network agent's expansion (R12)", r => r.Month.NetworkAgent.Added[r.Org])
        .Int32("edges_cut", "edges", "edges closed by the network agent's consolidation (R11)", r => r.Month.NetworkAgent.Cut[r.Org]);

    private readonly TableWriter<OrganizationMonth> _writer = Schema.CreateWriter();
    private readonly OrganizationMonth _row;
    private int[] _eventsOf = []; // seizure-and-loss events per organization this month; zero between calls

    public OrganizationTicksTable(MonthRecord month) => _row = new OrganizationMonth(month);

    public Table Table => _writer.Table;

    public void Record()
    {
        var w = _row.Month.World;
        var events = _row.Month.Interdiction.Events;
        if (_eventsOf.Length < w.Territory.Capacity + 1) _eventsOf = new int[w.Territory.Capacity + 1];
        foreach (int e in events) _eventsOf[w.Territory.EdgeOrg[e]]++; // one pass, not one per organization
        for (int org = 1; org <= w.Territory.Count; org++)
        {
            _row.Org = org;
            _row.Events = _eventsOf[org];
            _writer.Append(_row);
        }
        foreach (int e in events) _eventsOf[w.Territory.EdgeOrg[e]] = 0;
    }
}
