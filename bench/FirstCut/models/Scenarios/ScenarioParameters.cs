namespace TraffickingAbm.FirstCut.Models.Scenarios;

/// <summary>
/// Every parameter of a scenario, with the NarcoLogic 2018 calibrated values (Magliocca et al. 2019,
/// read from the authors' code of 18 Jan 2018) as defaults. Names, units and allowed ranges are declared
/// once, in <see cref="ParameterCatalog"/>; this class only holds the values.
/// </summary>
public sealed class ScenarioParameters
{
    public int Ticks { get; set; } = 180;
    public LandscapeParameters Landscape { get; set; } = new();
    public SupplyParameters Supply { get; set; } = new();
    public InterdictionParameters Interdiction { get; set; } = new();
    public TraffickingParameters Trafficking { get; set; } = new();

    public ScenarioParameters Clone() => new()
    {
        Ticks = Ticks,
        Landscape = Landscape with { },
        Supply = Supply with { },
        Interdiction = Interdiction with { },
        Trafficking = Trafficking with { },
    };
}

/// <summary>The synthetic Central-America-like landscape (project resolution R18).</summary>
public sealed record LandscapeParameters
{
    public int Departments { get; set; } = 77;
    public int CellsPerDepartment { get; set; } = 60;
    public int NodesPerDepartment { get; set; } = 2;
    public double SuitabilityPercentile { get; set; } = 66;
    public double EdgeCapacityKg { get; set; } = 1_000_000; // NarcoLogic 2018: unconstrained
    public double CoastalKm { get; set; } = 20;
    public double AirEdgeKm { get; set; } = 500;
}

/// <summary>Cocaine supply at the source, prices and transport costs (NarcoLogic 2018 code; R14, R15).</summary>
public sealed record SupplyParameters
{
    public double InitialKg { get; set; } = 200;             // S0
    public double CarryingCapacityKg { get; set; } = 150_000; // K
    public double GrowthRatePerYear { get; set; } = 0.75;     // r
    public double SourcePriceUsdPerKg { get; set; } = 4_500;
    public double PricePerKmUsdPerKg { get; set; } = 4.46;
    public double GroundRate { get; set; } = 371;
    public double AirRate { get; set; } = 3_486;
    public double CoastalRate { get; set; } = 160;
}

/// <summary>The interdiction agent (NarcoLogic 2018 code; R8, R9).</summary>
public sealed record InterdictionParameters
{
    public int SlMin { get; set; } = 19;    // ceil(113/6)
    public int SlMax { get; set; } = 113;
    public double SlLearn { get; set; } = 0.545;
    public double TargetSeize { get; set; } = 0.2463;
    public double CutoffPercentile { get; set; } = 75;
    public double FallbackPercentile { get; set; } = 50;
}

/// <summary>Node agents' risk perception and route valuation (NarcoLogic 2018 code; R1–R5).</summary>
public sealed record TraffickingParameters
{
    public double Alpha { get; set; } = 2;
    public double Beta { get; set; } = 0.5;
    public int Window { get; set; } = 13;
    public double TimeWeight { get; set; } = 1;
    public double LocThink { get; set; } = 0.5;
    public double BribePct { get; set; } = 0.3;
}
