using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>One transit node's month, as the nodes table reads it.</summary>
public sealed class NodeMonth(TraffickingWorld world)
{
    public TraffickingWorld World { get; } = world;
    public int Tick { get; set; }
    public int Node { get; set; }
    public double Inflow { get; set; }
    public double Outflow { get; set; }
    public double Seized { get; set; }
    public int FirstMonth { get; set; }
}

/// <summary>
/// nodes (opt-in, output.nodes: true): one row per transit node every output.nodes_every months and in
/// the last month, for maps (NarcoLogic's per-node outputs; docs/output-schema.md).
/// </summary>
public sealed class NodesTable
{
    public static TableSchema<NodeMonth> Schema { get; } = new TableSchema<NodeMonth>("nodes", "per-node flows for maps (opt-in)")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.World.RunLabel)
        .Int32("tick", "month", "month index, 0-based", r => r.Tick)
        .Int32("node", "node id", "transit node id (south to north)", r => r.Node)
        .Int32("org", "id", "organization whose territory holds the node", r => r.World.Territory.NodeOrg[r.Node])
        .Double("lat", "degrees north", "latitude", r => r.World.Routes.Sites[r.Node].Lat)
        .Double("lon", "degrees east", "longitude (negative = west)", r => r.World.Routes.Sites[r.Node].Lon)
        .Double("inflow_kg", "kg", "unseized kg received this month", r => r.Inflow)
        .Double("outflow_kg", "kg", "kg shipped on, seized included", r => r.Outflow)
        .Double("seized_kg", "kg", "kg seized on the node's out-edges", r => r.Seized)
        .Double("interdiction_rate", "share", "seized_kg / outflow_kg (NarcoLogic's node interdiction rate); 0 without outflow",
            r => r.Outflow > 0 ? r.Seized / r.Outflow : 0)
        .Int32("first_month", "month", "first month the node received flow; -1 if not yet", r => r.FirstMonth);

    private readonly TableWriter<NodeMonth> _writer = Schema.CreateWriter();
    private readonly NodeMonth _row;
    private readonly int[] _firstMonth;

    public NodesTable(TraffickingWorld world)
    {
        _row = new NodeMonth(world);
        _firstMonth = new int[world.Routes.NodeCount];
        Array.Fill(_firstMonth, -1);
    }

    public Table Table => _writer.Table;

    public void Record(int tick, bool last)
    {
        var w = _row.World;
        var routes = w.Routes;
        var g = routes.Graph;
        var (start, end) = routes.Transit;
        for (int v = start; v < end; v++)
            if (_firstMonth[v] < 0)
                foreach (int e in g.InEdges(v))
                    if (w.Flow[e] > 0) { _firstMonth[v] = tick; break; }
        if (tick % w.Parameters.Output.NodesEvery != 0 && !last) return;
        for (int v = start; v < end; v++)
        {
            double inflow = 0, outflow = 0, seized = 0;
            foreach (int e in g.InEdges(v)) inflow += w.Flow[e];
            for (int e = g.OutStart(v); e < g.OutEnd(v); e++)
            {
                outflow += w.Flow[e] + w.Seized[e];
                seized += w.Seized[e];
            }
            _row.Tick = tick;
            _row.Node = v;
            _row.Inflow = inflow;
            _row.Outflow = outflow;
            _row.Seized = seized;
            _row.FirstMonth = _firstMonth[v];
            _writer.Append(_row);
        }
    }
}
