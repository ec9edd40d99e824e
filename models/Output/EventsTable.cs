using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Output;

/// <summary>events: one row per seizure-and-loss event (docs/output-schema.md).</summary>
public sealed class EventsTable
{
    public const string Seizure = "seizure", NoSeizure = "no_seizure", Expand = "expand", Consolidate = "consolidate";

    public Table Table { get; } = new("events", "one row per discrete event: seizure-and-loss events, network expansions and consolidations");
    private readonly ValueColumn<int> _run, _tick, _org, _from, _to;
    private readonly StringColumn _event;
    private readonly ValueColumn<double> _kg, _value, _slprob;

    public EventsTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _event = t.String("event", "label", "'seizure' (a targeted edge carried cocaine, all of it seized), 'no_seizure' (targeted, empty), 'expand' (the network agent opened the edge to a new node), 'consolidate' (it closed the edge)");
        _org = t.Int32("org", "id", "organization owning the edge, 1..; with landscape.organizations = 2 at the start: 1 Pacific, 2 Caribbean");
        _from = t.Int32("from_node", "node id", "sending node (0 = source)");
        _to = t.Int32("to_node", "node id", "receiving node (largest id = market)");
        _kg = t.Double("kg", "kg", "kg seized (0 for network events)");
        _value = t.Double("value_usd", "USD", "kg times the price at the receiving node");
        _slprob = t.Double("slprob", "probability", "the interdiction agent's SLPROB of the edge (for seizure events: when it was chosen)");
    }

    /// <summary>Appends this month's seizure-and-loss events with the SLPROB each had when chosen.</summary>
    public void Record(TraffickingWorld w, int tick, ReadOnlySpan<int> events, ReadOnlySpan<double> chosenSlProb)
    {
        for (int i = 0; i < events.Length; i++)
        {
            int e = events[i];
            double kg = w.Seized[e];
            Append(w, tick, kg > 0 ? Seizure : NoSeizure, e, kg, chosenSlProb[i]);
        }
    }

    /// <summary>Appends the network agent's changes of this month (R11, R12).</summary>
    public void RecordNetworkChanges(TraffickingWorld w, int tick, ReadOnlySpan<int> expanded, ReadOnlySpan<int> consolidated)
    {
        foreach (int e in expanded) Append(w, tick, Expand, e, 0, w.SlProb[e]);
        foreach (int e in consolidated) Append(w, tick, Consolidate, e, 0, w.SlProb[e]);
    }

    private void Append(TraffickingWorld w, int tick, string kind, int e, double kg, double slprob)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        _run.Append(w.RunLabel);
        _tick.Append(tick);
        _event.Append(kind);
        _org.Append(w.Territory.EdgeOrg[e]);
        _from.Append(g.Source(e));
        _to.Append(g.Target(e));
        _kg.Append(kg);
        _value.Append(kg * routes.Price[g.Target(e)]);
        _slprob.Append(slprob);
        Table.EndRow();
    }
}
