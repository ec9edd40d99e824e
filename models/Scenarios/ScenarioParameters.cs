namespace TraffickingAbm.Models.Scenarios;

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
    public OrganizationParameters Organizations { get; set; } = new();
    public TargetingParameters Targeting { get; set; } = new();
    public OutputParameters Output { get; set; } = new();

    public ScenarioParameters Clone() => new()
    {
        Ticks = Ticks,
        Landscape = Landscape with { },
        Supply = Supply with { },
        Interdiction = Interdiction with { },
        Trafficking = Trafficking with { },
        Organizations = Organizations with { },
        Targeting = Targeting with { },
        Output = Output with { },
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
    public double PrimaryCapacityMultiplier { get; set; } = 1;   // NarcoLogic 2020: ×30 on source edges
    public double MarketCapacityMultiplier { get; set; } = 1;    // NarcoLogic 2020: ×50 into the market
    public double CoastalKm { get; set; } = 20;
    public double AirEdgeKm { get; set; } = 500;
    public int EdgeWindow { get; set; } = 0; // 0: every higher node is a candidate (R16)
    public int Organizations { get; set; } = 2; // 2: R18's coast-side split; other values: bands × coast side (scale extension)
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
    public double RtLearn { get; set; } = 0.655;
    public double BaseRisk { get; set; } = 0.4017;
    public double RiskMultiplier { get; set; } = 2;
    public double LossLimit { get; set; } = 0.0473;
    public int ExpandMax { get; set; } = 8;
    public bool NetworkAgent { get; set; } = true;
    public string RiskCounts { get; set; } = RiskCountRule.Targeted;
    public bool RiskRefreshUnused { get; set; }
    public string Premium { get; set; } = PremiumRule.Compounding;
}

/// <summary>R1: what counts as an event month in the risk window.</summary>
public static class RiskCountRule
{
    public const string Targeted = "targeted", Seizures = "seizures";
}

/// <summary>R7: how the risk premium enters transport cost.</summary>
public static class PremiumRule
{
    public const string Compounding = "compounding", Level = "level";
}

/// <summary>Which optional tables a run writes.</summary>
public sealed record OutputParameters
{
    public bool Nodes { get; set; }
    public int NodesEvery { get; set; } = 1;
}

/// <summary>
/// Each trafficking organization's member graph and how it responds to arrests (docs/model.md,
/// "Organizations"; Kenney 2007, Sparrow 1991, Duijn et al. 2014, Manzi &amp; Calderoni 2024).
/// </summary>
public sealed record OrganizationParameters
{
    public string Structure { get; set; } = OrganizationStructure.Hierarchical;
    public int Lieutenants { get; set; } = 4;
    public int CellBrokers { get; set; } = 1;
    public int CellProducers { get; set; } = 2;
    public int CellTransporters { get; set; } = 3;
    public int CellFinanciers { get; set; } = 1;
    public int CellRecruiters { get; set; } = 1;
    public double WithinCellDensity { get; set; } = 0.5;
    public double BetweenCellDensity { get; set; } = 0.15;
    public double SplitHierarchical { get; set; } = 0.6;
    public double SplitFederated { get; set; } = 0.3;
    public double SplitNetworked { get; set; } = 0.1;
    public int SuccessionMonths { get; set; } = 3;
    public double ReplaceLieutenant { get; set; } = 4;
    public double ReplaceBroker { get; set; } = 8;
    public double ReplaceProducer { get; set; } = 1;
    public double ReplaceTransporter { get; set; } = 2;
    public double ReplaceFinancier { get; set; } = 8;
    public double ReplaceRecruiter { get; set; } = 3;
    public double RecruiterSpeedup { get; set; } = 0.5;
    public double CompartmentTiesPerArrest { get; set; } = 1;
    public double CoordinationCostPerCut { get; set; } = 0.02;
}

/// <summary>Organization structure presets.</summary>
public static class OrganizationStructure
{
    public const string Hierarchical = "hierarchical", Federated = "federated", Networked = "networked";
}

/// <summary>The enforcement budget: an arrest strategy and a route-interdiction strategy.</summary>
public sealed record TargetingParameters
{
    public string ArrestStrategy { get; set; } = "none";
    public int ArrestsPerMonth { get; set; } = 2;
    public string RouteStrategy { get; set; } = RouteStrategies.Flow;
    public int StartMonth { get; set; } = 60;
    public int EndMonth { get; set; } = 100_000;
    public double ArrestSuccess { get; set; } = 0.5;
    public double ExposureMultiplier { get; set; } = 2;
    public double InformProbability { get; set; } = 0.3;
    public int ExposureMonths { get; set; } = 6;
}

/// <summary>Route-interdiction strategies.</summary>
public static class RouteStrategies
{
    public const string Flow = "flow", Chokepoint = "route-chokepoint";
}
