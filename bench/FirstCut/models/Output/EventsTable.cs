using TraffickingAbm.FirstCut.Engine.Recording;
using TraffickingAbm.FirstCut.Models.NarcoLogic;

namespace TraffickingAbm.FirstCut.Models.Output;

/// <summary>events: one row per seizure-and-loss event (docs/output-schema.md).</summary>
public sealed class EventsTable
{
    public const string Seizure = "seizure", NoSeizure = "no_seizure";

    public Table Table { get; } = new("events", "one row per discrete event: seizure-and-loss events of the interdiction agent");
    private readonly ValueColumn<int> _run, _tick, _org, _from, _to;
    private readonly StringColumn _event;
    private readonly ValueColumn<double> _kg, _value, _slprob;

    public EventsTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _event = t.String("event", "label", "'seizure' (the targeted edge carried cocaine, all of it seized) or 'no_seizure'");
        _org = t.Int32("org", "id", "organization owning the edge: 1 Pacific, 2 Caribbean");
        _from = t.Int32("from_node", "node id", "sending node (0 = source)");
        _to = t.Int32("to_node", "node id", "receiving node (largest id = market)");
        _kg = t.Double("kg", "kg", "kg seized");
        _value = t.Double("value_usd", "USD", "kg times the price at the receiving node");
        _slprob = t.Double("slprob", "probability", "the interdiction agent's SLPROB of the edge when it was chosen");
    }

    /// <summary>Appends this month's events; call after trafficking and before learning (SLPROB as chosen).</summary>
    public void Record(TraffickingWorld w, int tick, ReadOnlySpan<int> events)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        foreach (int e in events)
        {
            double kg = w.Seized[e];
            _run.Append(w.Run);
            _tick.Append(tick);
            _event.Append(kg > 0 ? Seizure : NoSeizure);
            _org.Append(routes.EdgeOrganization[e]);
            _from.Append(g.Source(e));
            _to.Append(g.Target(e));
            _kg.Append(kg);
            _value.Append(kg * routes.Price[g.Target(e)]);
            _slprob.Append(w.SlProb[e]);
            Table.EndRow();
        }
    }
}
