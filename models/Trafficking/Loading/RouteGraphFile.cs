namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// One node of a loaded route graph, as given in the file and checked (docs/route-graphs.md). The optional
/// landscape attributes are those NarcoLogic prices and risks from (R15, R17); absent ones take the defaults.
/// </summary>
public sealed record GraphNodeRecord
{
    /// <summary>The node's id as written in the file.</summary>
    public required string Id { get; init; }

    /// <summary>0-based position in the graph's topological order (<see cref="RouteGraphFile.Nodes"/>).</summary>
    public required int Index { get; init; }

    public required NodeRole Role { get; init; }

    /// <summary>Country code as written (free text, non-empty), e.g. "MX".</summary>
    public required string Country { get; init; }

    /// <summary>Latitude, degrees, -90..90.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude, degrees, -180..180.</summary>
    public required double Lon { get; init; }

    /// <summary>Organization whose territory holds the node, >= 0; 0 means none, and sources and markets must have 0.</summary>
    public int Organization { get; init; }

    /// <summary>Distance to the coast, km, >= 0.</summary>
    public double CoastKm { get; init; } = 1000;

    /// <summary>Population density factor, 0..1 (1 = most populated).</summary>
    public double Population { get; init; } = 0.5;

    /// <summary>Whether the node lies in a border department.</summary>
    public bool Border { get; init; }

    /// <summary>Suitability for trafficking, 0..1.</summary>
    public double Suitability { get; init; } = 0.5;
}

/// <summary>One directed edge of a loaded route graph, between node indices (<see cref="GraphNodeRecord.Index"/>).</summary>
public sealed record GraphEdgeRecord
{
    public required int From { get; init; }
    public required int To { get; init; }

    /// <summary>Transport mode: one of <see cref="RouteGraphColumns.Modes"/>.</summary>
    public string Mode { get; init; } = "land";

    /// <summary>Length, km, > 0; null: to be computed from the end points' coordinates.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Capacity, kg per month, > 0; null: the model's default.</summary>
    public double? CapacityKg { get; init; }

    /// <summary>Transport cost, USD/kg, >= 0; null: the model computes it.</summary>
    public double? CostUsdPerKg { get; init; }
}

/// <summary>
/// A user's route graph after loading and validation, independent of any model: nodes in topological order
/// (every edge goes from a lower to a higher index) and edges sorted by (From, To).
/// </summary>
public sealed class RouteGraphFile
{
    /// <summary>Where the graph came from: the GraphML path, or the nodes and edges paths.</summary>
    public required string Origin { get; init; }

    /// <summary>Nodes in topological order; <c>Nodes[i].Index == i</c>.</summary>
    public required IReadOnlyList<GraphNodeRecord> Nodes { get; init; }

    /// <summary>Edges sorted by (From, To); no self-loops and no parallel edges.</summary>
    public required IReadOnlyList<GraphEdgeRecord> Edges { get; init; }

    /// <summary>Indices of the nodes whose role is source or precursor-source, ascending.</summary>
    public IReadOnlyList<int> Sources => IndicesWhere(r => r is NodeRole.Source or NodeRole.PrecursorSource);

    /// <summary>Indices of the market nodes, ascending.</summary>
    public IReadOnlyList<int> Markets => IndicesWhere(r => r == NodeRole.Market);

    private int[] IndicesWhere(Func<NodeRole, bool> role) => Nodes.Where(n => role(n.Role)).Select(n => n.Index).ToArray();
}
