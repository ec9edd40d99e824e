using TraffickingAbm.FirstCut.Engine.Graphs;

namespace TraffickingAbm.FirstCut.Models.Landscape;

/// <summary>
/// The static route graph of a run: nodes ordered south to north (0 = source, last = market), a forward
/// DAG of edges compiled to CSR, and the per-node and per-edge attributes that do not change during a run.
/// Edge ids are CSR positions (<see cref="CsrGraph"/>). Arrays are indexed by node or edge id.
/// </summary>
public sealed class RouteGraph
{
    public required CsrGraph Graph { get; init; }
    public required IReadOnlyList<NodeSite> Sites { get; init; }

    public int NodeCount => Graph.NodeCount;
    public int EdgeCount => Graph.EdgeCount;
    public int Source => 0;
    public int Market => Graph.NodeCount - 1;
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

    /// <summary>True when the edge lies within one organization's territory or leads to the market.</summary>
    public bool IsWithinTerritory(int edge)
    {
        int u = Graph.Source(edge), v = Graph.Target(edge);
        if (u == Source || v == Market) return true;
        return NodeOrganization[u] == NodeOrganization[v];
    }
}
