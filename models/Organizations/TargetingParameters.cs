using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.Organizations;

/// <summary>The enforcement budget: an arrest strategy and a route-interdiction strategy.</summary>
[ParameterSection("targeting", "the enforcement budget: arrest and route-interdiction strategies")]
public sealed record TargetingParameters : ParameterSection
{
    [Parameter("arrest_strategy", "Whom the investigative agency arrests.", Cite = "docs/model.md §8, Strategies")]
    public ArrestStrategyName ArrestStrategy { get; init; } = ArrestStrategyName.None;

    [Parameter("arrests_per_month", 0, 100_000, "arrests/month", "Arrest attempts per month, separate from route interdiction.")]
    public int ArrestsPerMonth { get; init; } = 2;

    [Parameter("route_strategy", "Route interdiction from start_month: flow (NarcoLogic's rule, R8) or route-chokepoint (edges on the most source-market paths).", Cite = "docs/model.md §8")]
    public RouteStrategy RouteStrategy { get; init; } = RouteStrategy.Flow;

    [Parameter("start_month", 0, 100_000, "month", "Month the arrest and route strategies start (before it: no arrests, flow interdiction).")]
    public int StartMonth { get; init; } = 60;

    [Parameter("end_month", 0, 100_000, "month", "First month without arrests (a one-off operation: end_month = start_month + 1); route strategy is unaffected.")]
    public int EndMonth { get; init; } = 100_000;

    [Parameter("arrest_success", 0, 1, "probability", "Chance that an arrest attempt on an unexposed member succeeds.")]
    public double ArrestSuccess { get; init; } = 0.5;

    [Parameter("exposure_multiplier", 1, 100, "x", "Arrest success multiplier for members exposed by an informant (capped at 1).", Cite = "docs/model.md §8")]
    public double ExposureMultiplier { get; init; } = 2;

    [Parameter("inform_probability", 0, 1, "probability", "Chance that an arrested member informs, exposing his neighbours.")]
    public double InformProbability { get; init; } = 0.3;

    [Parameter("exposure_months", 0, 1_000, "months", "How long an exposure lasts.")]
    public int ExposureMonths { get; init; } = 6;
}

/// <summary>Whom the investigative agency arrests (docs/model.md, "Strategies").</summary>
public enum ArrestStrategyName { None, Random, Kingpin, MiddleLayer, Utility, Financial }

/// <summary>Route-interdiction strategies: NarcoLogic's flow rule (R8) or route chokepoints.</summary>
public enum RouteStrategy { Flow, RouteChokepoint }
