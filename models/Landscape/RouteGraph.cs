using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// The static route graph of a run: each node's role (source, precursor source, lab, transit, crossing, market)
/// and country, a DAG of edges compiled to CSR whose node ids are a topological order (every edge goes from a lower
/// to a higher id, so shipping in id order is shipping in topological order), the commodity its flows carry, and
/// the per-node and per-edge attributes that do not change during a run. Edge ids are CSR positions
/// (<see cref="CsrGraph"/>). Arrays are indexed by node or edge id.
/// </summary>
public sealed class RouteGraph
{
    private readonly NodeRole[] _roles = [];
    private readonly int _source = -1, _market = -1; // the only source and market, -1 when not exactly one

    public required CsrGraph Graph { get; init; }
    public required IReadOnlyList<NodeSite> Sites { get; init; }

    /// <summary>Each node's role; sources and markets are read from it, not from positions.</summary>
    public required NodeRole[] Roles
    {
        get => _roles;
        init
        {
            _roles = value;
            Sources = Enumerable.Range(0, value.Length).Where(v => value[v] is NodeRole.Source or NodeRole.PrecursorSource).ToArray();
            Markets = Enumerable.Range(0, value.Length).Where(v => value[v] == NodeRole.Market).ToArray();
            _source = Sources.Count == 1 ? Sources[0] : -1;
            _market = Markets.Count == 1 ? Markets[0] : -1;
        }
    }

    /// <summary>Each node's country, an index into <see cref="Countries"/>; -1 for none.</summary>
    public required int[] Country { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>What the edges carry (NarcoLogic: cocaine).</summary>
    public Commodity Commodity { get; init; } = Commodity.Cocaine;

    public IReadOnlyList<int> Sources { get; private init; } = [];
    public IReadOnlyList<int> Markets { get; private init; } = [];

    public int NodeCount => Graph.NodeCount;
    public int EdgeCount => Graph.EdgeCount;

    // Source and Market are read in hot loops: plain field reads (a property that can throw is not inlined).
    /// <summary>The graph's only source, -1 unless it has exactly one (models of one source and one market, such as
    /// NarcoLogic, check that with <see cref="CheckSingleChain"/>).</summary>
    public int Source => _source;

    /// <summary>The graph's only market, -1 unless it has exactly one.</summary>
    public int Market => _market;

    /// <summary>The transit nodes of a single-chain graph: every id strictly between the source and the market.</summary>
    public (int Start, int End) Transit => (Source + 1, Market);

    public int Organizations { get; init; } = 2;

    /// <summary>Wholesale price at each node, USD/kg (R15).</summary>
    public required double[] Price { get; init; }

    /// <summary>Organization territory per node: 1..Organizations, 0 for source and market.</summary>
    public required int[] NodeOrganization { get; init; }

    /// <summary>Organization an edge belongs to: that of its transit end (the receiver for source edges, else the sender).</summary>
    public required int[] EdgeOrganization { get; init; }

    public required double[] DistanceKm { get; init; }

    /// <summary>Transport cost before any risk premium, USD/kg (R15).</summary>
    public required double[] BaseCostUsdPerKg { get; init; }

    public required double[] CapacityKg { get; init; }

    /// <summary>Initial interdiction probability SLPROB, 0..1 (R17).</summary>
    public required double[] InitialSlProb { get; init; }

    /// <summary>Price gain along an edge, USD/kg.</summary>
    public double AddedValue(int edge) => Price[Graph.Target(edge)] - Price[Graph.Source(edge)];

    /// <summary>
    /// The layout NarcoLogic's node agents rely on (R16): one source, one market, every edge forward in id order, the
    /// source first and the market last, so that shipping in id order follows the graph's topological order and
    /// every other node is a transit node. Throws <see cref="GraphException"/> naming what is wrong.
    /// </summary>
    public RouteGraph CheckSingleChain(string origin)
    {
        if (Sources.Count != 1 || Markets.Count != 1)
            throw new GraphException($"{origin}: this model needs exactly one source and one market; the graph has {Sources.Count} sources and {Markets.Count} markets");
        if (Sources[0] != 0 || Markets[0] != NodeCount - 1)
            throw new GraphException($"{origin}: the source must be the first node and the market the last in topological order");
        for (int e = 0; e < EdgeCount; e++)
            if (Graph.Source(e) >= Graph.Target(e))
                throw new GraphException($"{origin}: edge {Graph.Source(e)} -> {Graph.Target(e)} goes backwards; node ids must be a topological order");
        for (int v = 1; v < NodeCount - 1; v++)
            if (_roles[v] is not (NodeRole.Transit or NodeRole.Crossing))
                throw new GraphException($"{origin}: node {v} is a {NodeRoleNames.Name(_roles[v])}; this model routes through transit and crossing nodes only");
        return this;
    }
}
