using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Models.Trafficking;

/// <summary>
/// Every random stream of the trafficking models, in one place (docs/model.md, "Stochasticity"). Construction draws
/// at tick 0; the organizations' monthly dynamics draw at the month's tick. Route choice, interdiction and the
/// network agent draw no random numbers.
/// </summary>
public static class RandomStreams
{
    public static RandomStreamRegistry Registry { get; } = new();

    // Construction (tick 0).
    public static readonly int LandscapeCells = Registry.Register(101, "landscape.cells", "department", "the synthetic strip's raster cells: position, population, suitability (R18)");
    public static readonly int NodePick = Registry.Register(102, "landscape.pick", "department", "which suitable cells of a department host its transit nodes (R18)");
    public static readonly int TransitEdges = Registry.Register(103, "landscape.edges", "transit node", "how many and which higher nodes a transit node links to (R16)");
    public static readonly int OrganizationTies = Registry.Register(201, "organizations.ties", "organization", "ties within and between an organization's cells");

    // Monthly, organizations and targeting.
    public static readonly int RandomArrestScore = Registry.Register(211, "targeting.random", "member", "the random arrest strategy's score of each member");
    public static readonly int ArrestSuccess = Registry.Register(221, "investigation.arrest", "member", "whether an arrest attempt succeeds");
    public static readonly int Informing = Registry.Register(222, "investigation.inform", "member", "whether an arrested member informs");
    public static readonly int Succession = Registry.Register(223, "organizations.succession", "organization", "whether an organization splits on losing its leader");
    public static readonly int Compartmentalization = Registry.Register(224, "organizations.compartment", "pair of members", "which ties an organization cuts after arrests");
}
