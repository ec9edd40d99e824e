using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Output;

/// <summary>
/// nodes (opt-in, output.nodes: true): one row per transit node every output.nodes_every months and in
/// the last month, for maps (NarcoLogic's per-node outputs; docs/output-schema.md).
/// </summary>
public sealed class NodesTable
{
    public Table Table { get; } = new("nodes", "per-node flows for maps (opt-in)");
    private readonly TraffickingWorld _w;
    private readonly int[] _firstMonth;
    private readonly ValueColumn<int> _run, _tick, _node, _org, _first;
    private readonly ValueColumn<double> _lat, _lon, _inflow, _outflow, _seized, _rate;

    public NodesTable(TraffickingWorld world)
    {
        _w = world;
        _firstMonth = new int[world.Routes.NodeCount];
        Array.Fill(_firstMonth, -1);
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _node = t.Int32("node", "node id", "transit node id (south to north)");
        _org = t.Int32("org", "id", "organization whose territory holds the node");
        _lat = t.Double("lat", "degrees north", "latitude");
        _lon = t.Double("lon", "degrees east", "longitude (negative = west)");
        _inflow = t.Double("inflow_kg", "kg", "unseized kg received this month");
        _outflow = t.Double("outflow_kg", "kg", "kg shipped on, seized included");
        _seized = t.Double("seized_kg", "kg", "kg seized on the node's out-edges");
        _rate = t.Double("interdiction_rate", "share", "seized_kg / outflow_kg (NarcoLogic's node interdiction rate); 0 without outflow");
        _first = t.Int32("first_month", "month", "first month the node received flow; -1 if not yet");
    }

    public void Record(int tick, bool last)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        for (int v = 1; v < routes.Market; v++)
            if (_firstMonth[v] < 0)
                foreach (int e in g.InEdges(v))
                    if (w.Flow[e] > 0) { _firstMonth[v] = tick; break; }
        if (tick % w.Parameters.Output.NodesEvery != 0 && !last) return;
        for (int v = 1; v < routes.Market; v++)
        {
            double inflow = 0, outflow = 0, seized = 0;
            foreach (int e in g.InEdges(v)) inflow += w.Flow[e];
            for (int e = g.OutStart(v); e < g.OutEnd(v); e++)
            {
                outflow += w.Flow[e] + w.Seized[e];
                seized += w.Seized[e];
            }
            var site = routes.Sites[v];
            _run.Append(w.RunLabel);
            _tick.Append(tick);
            _node.Append(v);
            _org.Append(w.Territory.NodeOrg[v]);
            _lat.Append(site.Lat);
            _lon.Append(site.Lon);
            _inflow.Append(inflow);
            _outflow.Append(outflow);
            _seized.Append(seized);
            _rate.Append(outflow > 0 ? seized / outflow : 0);
            _first.Append(_firstMonth[v]);
            Table.EndRow();
        }
    }
}
