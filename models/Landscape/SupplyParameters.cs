using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.Landscape;

/// <summary>Cocaine supply at the source, prices and transport costs (NarcoLogic 2018 code; R14, R15).</summary>
[ParameterSection("supply", "supply at the source, prices, transport costs")]
public sealed record SupplyParameters : ParameterSection
{
    [Parameter("initial_kg", 0, 1e12, "kg/month", "Source supply in month 0, S0.", Cite = "NarcoLogic 2018: 200")]
    public double InitialKg { get; init; } = 200;             // S0

    [Parameter("carrying_capacity_kg", 0.001, 1e12, "kg/month", "Logistic ceiling of monthly supply, K.", Cite = "NarcoLogic 2018: 150000")]
    public double CarryingCapacityKg { get; init; } = 150_000; // K

    [Parameter("growth_rate_per_year", 0, 10, "1/year", "Logistic growth rate of supply, r.", Cite = "NarcoLogic 2018: 0.75")]
    public double GrowthRatePerYear { get; init; } = 0.75;     // r

    [Parameter("source_price_usd_per_kg", 0, 1e9, "USD/kg", "Wholesale price at the source.", Cite = "NarcoLogic 2018: 4500")]
    public double SourcePriceUsdPerKg { get; init; } = 4_500;

    [Parameter("price_per_km_usd_per_kg", 0, 1e6, "USD/kg/km", "Price added per km moved north.", Cite = "NarcoLogic 2018: 4.46")]
    public double PricePerKmUsdPerKg { get; init; } = 4.46;

    [Parameter("ground_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on ground edges up to air_edge_km.", Cite = "NarcoLogic 2018: 371")]
    public double GroundRate { get; init; } = 371;

    [Parameter("air_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on edges over air_edge_km.", Cite = "NarcoLogic 2018: 3486")]
    public double AirRate { get; init; } = 3_486;

    [Parameter("coastal_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate between two coastal nodes; overrides the air rate.", Cite = "R15: 160")]
    public double CoastalRate { get; init; } = 160;
}
