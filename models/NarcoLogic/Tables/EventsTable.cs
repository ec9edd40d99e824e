using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>One event on an edge, as the events table reads it.</summary>
public sealed class EdgeEvent(TraffickingWorld world)
{
    public TraffickingWorld World { get; } = world;
    public int Tick { get; set; }
    public string Kind { get; set; } = "";
    public int Edge { get; set; }
    public double Kg { get; set; }
    public double SlProb { get; set; }
    public int From => World.Routes.Graph.Source(Edge);
    public int To => World.Routes.Graph.Target(Edge);
}

/// <summary>events: one row per seizure-and-loss event and network change (docs/output-schema.md).</summary>
public sealed class EventsTable
{
    public const string Seizure = "seizure", NoSeizure = "no_seizure", Expand = "expand", Consolidate = "consolidate";

    public static TableSchema<EdgeEvent> Schema { get; } = new TableSchema<EdgeEvent>("events", "one row per discrete event: seizure-and-loss events, network expansions and consolidations")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.World.RunLabel)
        .Int32("tick", "month", "month index, 0-based", r => r.Tick)
        .String("event", "label", "'seizure' (a targeted edge carried cocaine, all of it seized), 'no_seizure' (targeted, empty), 'expand' (the network agent opened the edge to a new node), 'consolidate' (it closed the edge)",
            r => r.Kind)
        .Int32("org", "id", "organization owning the edge, 1..; with landscape.organizations = 2 at the start: 1 Pacific, 2 Caribbean", r => r.World.Territory.EdgeOrg[r.Edge])
        .Int32("from_node", "node id", "sending node (0 = source)", r => r.From)
        .Int32("to_node", "node id", "receiving node (largest id = market)", r => r.To)
        .Double("kg", "kg", "kg seized (0 for network events)", r => r.Kg)
        .Double("value_usd", "USD", "kg times the price at the receiving node", r => r.Kg * r.World.Routes.Price[r.To])
        .Double("slprob", "probability", "the interdiction agent's SLPROB of the edge (for seizure events: when it was chosen)", r => r.SlProb);

    private readonly TableWriter<EdgeEvent> _writer = Schema.CreateWriter();
    private readonly EdgeEvent _row;

    public EventsTable(TraffickingWorld world) => _row = new EdgeEvent(world);

    public Table Table => _writer.Table;

    /// <summary>Appends this month's seizure-and-loss events with the SLPROB each had when chosen.</summary>
    public void Record(int tick, ReadOnlySpan<int> events, ReadOnlySpan<double> chosenSlProb)
    {
        for (int i = 0; i < events.Length; i++)
        {
            int e = events[i];
            double kg = _row.World.Seized[e];
            Append(tick, kg > 0 ? Seizure : NoSeizure, e, kg, chosenSlProb[i]);
        }
    }

    /// <summary>Appends the network agent's changes of this month (R11, R12).</summary>
    public void RecordNetworkChanges(int tick, ReadOnlySpan<int> expanded, ReadOnlySpan<int> consolidated)
    {
        foreach (int e in expanded) Append(tick, Expand, e, 0, _row.World.SlProb[e]);
        foreach (int e in consolidated) Append(tick, Consolidate, e, 0, _row.World.SlProb[e]);
    }

    private void Append(int tick, string kind, int e, double kg, double slprob)
    {
        _row.Tick = tick;
        _row.Kind = kind;
        _row.Edge = e;
        _row.Kg = kg;
        _row.SlProb = slprob;
        _writer.Append(_row);
    }
}
