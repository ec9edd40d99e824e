using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// This month's active edges' kg, organization and receiver, by position in <see cref="EdgeActivity.ThisMonth"/>,
/// gathered once after shipping in element-wise blocks. The month's totals and the output sums run over them
/// in edge order on one thread, reading contiguous arrays instead of the edge arrays at random. Flow, seizures
/// and the territory do not change between shipping and the record phase.
/// </summary>
public sealed class ActiveEdgeQuantities
{
    private readonly TraffickingWorld _w;
    private readonly GatherBlocks _gather;

    public ActiveEdgeQuantities(TraffickingWorld w)
    {
        _w = w;
        _gather = new GatherBlocks(this);
        Resize(Room(w.Routes.EdgeCount, 0, 0));
    }

    /// <summary>
    /// The length for arrays indexed by position in the month's active edges that must hold
    /// <paramref name="needed"/> and now hold <paramref name="current"/>: room for 2^17 active edges from the start
    /// (or every edge of a smaller world of <paramref name="edges"/>); beyond that they double when a month first
    /// has more active edges (never in a steady state). <paramref name="current"/> when it is enough.
    /// </summary>
    internal static int Room(int edges, int needed, int current) =>
        current > 0 && current >= needed ? current : Math.Min(edges, Math.Max(needed, Math.Max(2 * current, 1 << 17)));

    /// <summary>Kg that crossed the i-th active edge unseized, and kg seized on it (one of them is 0: an edge
    /// carries one shipment a month, seized in full if targeted).</summary>
    public double[] Flow { get; private set; } = [];

    /// <inheritdoc cref="Flow"/>
    public double[] Seized { get; private set; } = [];

    /// <summary>The i-th active edge's organization and receiving node.</summary>
    public int[] Org { get; private set; } = [];

    /// <inheritdoc cref="Org"/>
    public int[] Target { get; private set; } = [];

    /// <summary>How many active edges leave the source: they have the lowest ids, so they lead the list.</summary>
    public int FromSource { get; private set; }

    /// <summary>Gathers the quantities of <see cref="EdgeActivity.ThisMonth"/> (after it is sealed).</summary>
    public void Gather()
    {
        var w = _w;
        var active = w.Activity.ThisMonth;
        int room = Room(w.Routes.EdgeCount, active.Length, Flow.Length);
        if (room != Flow.Length) Resize(room);
        w.Parallel.ForElementwise(active.Length, _gather);
        int sourceEnd = w.Routes.Graph.OutEnd(w.Routes.Source); // source edges are ids OutStart(source) .. sourceEnd − 1
        int at = active.BinarySearch(sourceEnd);
        FromSource = at >= 0 ? at : ~at;
    }

    private void Resize(int size)
    {
        Flow = new double[size];
        Seized = new double[size];
        Org = new int[size];
        Target = new int[size];
    }

    private sealed class GatherBlocks(ActiveEdgeQuantities q) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var w = q._w;
            var g = w.Routes.Graph;
            var active = w.Activity.ThisMonth;
            var edgeOrg = w.Territory.EdgeOrg;
            for (int i = start; i < end; i++)
            {
                int e = active[i];
                q.Flow[i] = w.Flow[e];
                q.Seized[i] = w.Seized[e];
                q.Org[i] = edgeOrg[e];
                q.Target[i] = g.Target(e);
            }
        }
    }
}
