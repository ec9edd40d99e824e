using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// A place on the route graph and the landscape attributes that set its prices, costs and initial
/// interdiction probability (NarcoLogic 2018 code; R15, R17, R18). Factors are scaled to 0..1.
/// </summary>
public sealed record NodeSite
{
    /// <summary>What the node does in the chain (NarcoLogic's synthetic strip: source, transit or market).</summary>
    public required NodeRole Kind { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }

    /// <summary>Ordering key sqrt(0.9·lat² + 0.1·lon²) (NarcoLogic 2018 code): larger is further north-west.</summary>
    public double Key => Math.Sqrt(0.9 * Lat * Lat + 0.1 * Lon * Lon);

    public required double CoastDistanceKm { get; init; }

    /// <summary>Population density factor, 0..1 (1 = most populated); remoteness is 1 − this.</summary>
    public required double Population { get; init; }

    public required bool BorderDepartment { get; init; }

    /// <summary>
    /// Trafficking organization whose territory holds the node, 1..landscape.organizations (with the default 2:
    /// 1 Pacific, 2 Caribbean); 0 for source and market (<see cref="SyntheticStrip.OrganizationOf"/>).
    /// </summary>
    public required int Organization { get; init; }

    /// <summary>Country index along the strip, 0 (south-east) upwards; -1 outside the strip.</summary>
    public required int Country { get; init; }

    public required int Department { get; init; }
    public required double Suitability { get; init; }
}
