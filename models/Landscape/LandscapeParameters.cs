using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.Landscape;

/// <summary>The synthetic Central-America-like landscape (project resolution R18).</summary>
[ParameterSection("landscape", "the synthetic landscape and route graph")]
public sealed record LandscapeParameters : ParameterSection
{
    [Parameter("departments", 2, 1_000_000, "departments", "Bands of the synthetic strip from south-east to north-west.", Cite = "R18: 77")]
    public int Departments { get; init; } = 77;

    [Parameter("cells_per_department", 1, 10_000, "cells", "Random raster cells per department scored for suitability.", Cite = "R18: 60")]
    public int CellsPerDepartment { get; init; } = 60;

    [Parameter("nodes_per_department", 1, 100, "nodes", "Transit nodes placed per department.", Cite = "NarcoLogic 2018: 2")]
    public int NodesPerDepartment { get; init; } = 2;

    [Parameter("suitability_percentile", 0, 100, "percent", "Cells above this percentile of LANDSUIT may host a node.", Cite = "NarcoLogic 2018: 66")]
    public double SuitabilityPercentile { get; init; } = 66;

    [Parameter("edge_capacity_kg", 0.001, 1e12, "kg/month", "Capacity of every edge.", Cite = "NarcoLogic 2018: 1e6, i.e. unconstrained")]
    public double EdgeCapacityKg { get; init; } = 1_000_000; // NarcoLogic 2018: unconstrained

    [Parameter("primary_capacity_multiplier", 0.001, 1e6, "x", "Capacity multiplier on source edges, primary movements.", Cite = "NarcoLogic 2020: 30")]
    public double PrimaryCapacityMultiplier { get; init; } = 1;   // NarcoLogic 2020: ×30 on source edges

    [Parameter("market_capacity_multiplier", 0.001, 1e6, "x", "Capacity multiplier on edges into the market.", Cite = "NarcoLogic 2020: 50")]
    public double MarketCapacityMultiplier { get; init; } = 1;    // NarcoLogic 2020: ×50 into the market

    [Parameter("coastal_km", 0, 1_000, "km", "A node this close to the coast is coastal; edges between coastal nodes use the coastal rate.", Cite = "R15: 20")]
    public double CoastalKm { get; init; } = 20;

    [Parameter("air_edge_km", 0, 100_000, "km", "Edges longer than this use the air rate.", Cite = "NarcoLogic 2018: 500")]
    public double AirEdgeKm { get; init; } = 500;

    [Parameter("edge_window", 0, 10_000_000, "nodes", "Scale extension of R16: transit node k draws its out-edges among the next edge_window nodes only (0 = all higher nodes, as NarcoLogic); keeps large landscapes sparse.")]
    public int EdgeWindow { get; init; } = 0; // 0: every higher node is a candidate (R16)

    [Parameter("organizations", 1, 10_000, "organizations", "Trafficking organizations holding the transit nodes. 2 = R18's coast-side split (Pacific 1, Caribbean 2); other values are a scale extension: the strip is cut along its length into ceil(K/2) equal bands, each split by coast side.", Cite = "docs/model.md §7.1")]
    public int Organizations { get; init; } = 2; // 2: R18's coast-side split; other values: bands × coast side (scale extension)

    [Parameter("graph", "A route graph of your own instead of the synthetic strip: a GraphML file, or the nodes CSV of a pair (docs/route-graphs.md). The strip's keys above are then unused.")]
    public string Graph { get; init; } = "";

    [Parameter("graph_edges", "The edges CSV when landscape.graph is a nodes CSV.")]
    public string GraphEdges { get; init; } = "";

    /// <summary>Whether <see cref="Graph"/> names a nodes CSV (with its edges in <see cref="GraphEdges"/>), not GraphML.</summary>
    public bool GraphIsCsv => Graph.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
