using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// What the monthly tables read once a month is done: the world, the month, its sums, the interdiction events
/// and the organizations' state. One instance per run, refreshed by the record phase (no allocation per month).
/// </summary>
public sealed class MonthRecord(TraffickingWorld world, MonthAggregates sums, InterdictionAgent interdiction,
    NetworkAgent networkAgent, OrganizationDynamics organizations, OrganizationSummary organizationSummary)
{
    public TraffickingWorld World { get; } = world;
    public MonthAggregates Sums { get; } = sums;
    public InterdictionAgent Interdiction { get; } = interdiction;
    public NetworkAgent NetworkAgent { get; } = networkAgent;
    public OrganizationDynamics Organizations { get; } = organizations;
    public OrganizationSummary OrganizationSummary { get; } = organizationSummary;
    public MonthTally Tally => Organizations.Tally;
    public int Tick { get; set; }

    /// <summary>The run id written in every table's <c>run</c> column.</summary>
    public int Run => World.RunLabel;
}
