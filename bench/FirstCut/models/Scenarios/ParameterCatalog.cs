namespace TraffickingAbm.FirstCut.Models.Scenarios;

/// <summary>
/// The declared scenario parameters. Sources: NarcoLogic = Magliocca et al. 2019 PNAS 116(16) and the
/// authors' 2018 code; R# = the project's binding resolutions (docs/model.md).
/// </summary>
public static class ParameterCatalog
{
    public static IReadOnlyList<ParameterSpec> All { get; } = Build();

    private static readonly Dictionary<string, ParameterSpec> ByKey = All.ToDictionary(s => s.Key, StringComparer.Ordinal);

    public static ParameterSpec? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The section names that may appear at the top level of a scenario file.</summary>
    public static IReadOnlyList<string> Sections { get; } = All.Where(s => s.Key.Contains('.')).Select(s => s.Key[..s.Key.IndexOf('.')]).Distinct().ToList();

    private static List<ParameterSpec> Build() =>
    [
        Int("ticks", 1, 100_000, "months", "Length of a run in monthly ticks (NarcoLogic: 180 = 15 years, 2000-2014).",
            p => p.Ticks, (p, v) => p.Ticks = v),

        Int("landscape.departments", 2, 100_000, "departments", "Bands of the synthetic strip from south-east to north-west (R18: 77).",
            p => p.Landscape.Departments, (p, v) => p.Landscape.Departments = v),
        Int("landscape.cells_per_department", 1, 10_000, "cells", "Random raster cells per department scored for suitability (R18: 60).",
            p => p.Landscape.CellsPerDepartment, (p, v) => p.Landscape.CellsPerDepartment = v),
        Int("landscape.nodes_per_department", 1, 100, "nodes", "Transit nodes placed per department (NarcoLogic 2018: 2).",
            p => p.Landscape.NodesPerDepartment, (p, v) => p.Landscape.NodesPerDepartment = v),
        Real("landscape.suitability_percentile", 0, 100, "percent", "Cells above this percentile of LANDSUIT may host a node (NarcoLogic 2018: 66).",
            p => p.Landscape.SuitabilityPercentile, (p, v) => p.Landscape.SuitabilityPercentile = v),
        Real("landscape.edge_capacity_kg", 0.001, 1e12, "kg/month", "Capacity of every edge (NarcoLogic 2018: 1e6, i.e. unconstrained).",
            p => p.Landscape.EdgeCapacityKg, (p, v) => p.Landscape.EdgeCapacityKg = v),
        Real("landscape.coastal_km", 0, 1_000, "km", "A node this close to the coast is coastal; edges between coastal nodes use the coastal rate (R15: 20).",
            p => p.Landscape.CoastalKm, (p, v) => p.Landscape.CoastalKm = v),
        Real("landscape.air_edge_km", 0, 100_000, "km", "Edges longer than this use the air rate (NarcoLogic 2018: 500).",
            p => p.Landscape.AirEdgeKm, (p, v) => p.Landscape.AirEdgeKm = v),

        Real("supply.initial_kg", 0, 1e12, "kg/month", "Source supply in month 0, S0 (NarcoLogic 2018: 200).",
            p => p.Supply.InitialKg, (p, v) => p.Supply.InitialKg = v),
        Real("supply.carrying_capacity_kg", 0.001, 1e12, "kg/month", "Logistic ceiling of monthly supply, K (NarcoLogic 2018: 150000).",
            p => p.Supply.CarryingCapacityKg, (p, v) => p.Supply.CarryingCapacityKg = v),
        Real("supply.growth_rate_per_year", 0, 10, "1/year", "Logistic growth rate of supply, r (NarcoLogic 2018: 0.75).",
            p => p.Supply.GrowthRatePerYear, (p, v) => p.Supply.GrowthRatePerYear = v),
        Real("supply.source_price_usd_per_kg", 0, 1e9, "USD/kg", "Wholesale price at the source (NarcoLogic 2018: 4500).",
            p => p.Supply.SourcePriceUsdPerKg, (p, v) => p.Supply.SourcePriceUsdPerKg = v),
        Real("supply.price_per_km_usd_per_kg", 0, 1e6, "USD/kg/km", "Price added per km moved north (NarcoLogic 2018: 4.46).",
            p => p.Supply.PricePerKmUsdPerKg, (p, v) => p.Supply.PricePerKmUsdPerKg = v),
        Real("supply.ground_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on ground edges up to air_edge_km (NarcoLogic 2018: 371).",
            p => p.Supply.GroundRate, (p, v) => p.Supply.GroundRate = v),
        Real("supply.air_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on edges over air_edge_km (NarcoLogic 2018: 3486).",
            p => p.Supply.AirRate, (p, v) => p.Supply.AirRate = v),
        Real("supply.coastal_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate between two coastal nodes; overrides the air rate (R15: 160).",
            p => p.Supply.CoastalRate, (p, v) => p.Supply.CoastalRate = v),

        Int("interdiction.sl_min", 0, 1_000_000, "events/month", "Initial and minimum seizure-and-loss events per month, C0 (NarcoLogic 2018: ceil(113/6) = 19; R9).",
            p => p.Interdiction.SlMin, (p, v) => p.Interdiction.SlMin = v),
        Int("interdiction.sl_max", 0, 1_000_000, "events/month", "Maximum seizure-and-loss events per month (NarcoLogic 2018: 113).",
            p => p.Interdiction.SlMax, (p, v) => p.Interdiction.SlMax = v),
        Real("interdiction.sl_learn", 0, 1, "1", "Interdiction learning rate for SLPROB and capacity (NarcoLogic 2018: 0.545).",
            p => p.Interdiction.SlLearn, (p, v) => p.Interdiction.SlLearn = v),
        Real("interdiction.targetseize", 0.0001, 1, "share", "Target seized share of source outflow (NarcoLogic 2018: 0.2463).",
            p => p.Interdiction.TargetSeize, (p, v) => p.Interdiction.TargetSeize = v),
        Real("interdiction.cutoff_percentile", 0, 100, "percent", "Only edges with SLPROB above this percentile are targeted (NarcoLogic 2018: 75; R8).",
            p => p.Interdiction.CutoffPercentile, (p, v) => p.Interdiction.CutoffPercentile = v),
        Real("interdiction.fallback_percentile", 0, 100, "percent", "Cut-off used when last month had no success but an earlier month had (NarcoLogic 2018: 50; R8).",
            p => p.Interdiction.FallbackPercentile, (p, v) => p.Interdiction.FallbackPercentile = v),

        Real("trafficking.alpha", 0, 1_000, "events", "Beta prior of perceived risk, alpha (NarcoLogic 2018: 2; R1).",
            p => p.Trafficking.Alpha, (p, v) => p.Trafficking.Alpha = v),
        Real("trafficking.beta", 0, 1_000, "events", "Beta prior of perceived risk, beta (NarcoLogic 2018: 0.5; R1).",
            p => p.Trafficking.Beta, (p, v) => p.Trafficking.Beta = v),
        Int("trafficking.window", 1, 60, "months", "Memory of the risk estimator (NarcoLogic 2018: 13; R1).",
            p => p.Trafficking.Window, (p, v) => p.Trafficking.Window = v),
        Real("trafficking.timewght", 0, 10, "1", "Weight ratio between successive months of the window, timewght^i for position i (NarcoLogic 2018: 1; R1).",
            p => p.Trafficking.TimeWeight, (p, v) => p.Trafficking.TimeWeight = v),
        Real("trafficking.locthink", 0.0001, 1, "1", "Salience discount delta of the local thinker (Bordalo et al. 2012; NarcoLogic 2018: 0.5; R2).",
            p => p.Trafficking.LocThink, (p, v) => p.Trafficking.LocThink = v),
        Real("trafficking.bribepct", 0, 1, "share", "Share of margin paid as bribes; accounting only (NarcoLogic 2018: 0.3).",
            p => p.Trafficking.BribePct, (p, v) => p.Trafficking.BribePct = v),
    ];

    private static ParameterSpec Int(string key, int min, int max, string unit, string description,
        Func<ScenarioParameters, int> get, Action<ScenarioParameters, int> set) =>
        new(key, ParameterKind.Integer, min, max, null, unit, description, p => get(p), (p, v) => set(p, (int)v));

    private static ParameterSpec Real(string key, double min, double max, string unit, string description,
        Func<ScenarioParameters, double> get, Action<ScenarioParameters, double> set) =>
        new(key, ParameterKind.Real, min, max, null, unit, description, p => get(p), (p, v) => set(p, (double)v));
}
