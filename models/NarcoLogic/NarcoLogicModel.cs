using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Scheduling;
using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Output;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// One NarcoLogic run (Magliocca et al. 2019 PNAS; monthly schedule as in the authors' 2018 code and
/// docs/model.md): builds the route graph and agents from the scenario and seed, and runs the schedule,
/// recording each month to the output tables.
/// </summary>
public sealed class NarcoLogicModel
{
    private readonly InterdictionAgent _interdiction;
    private readonly RouteChoice _nodeAgents;
    private readonly NetworkAgent _networkAgent;
    private readonly RiskPremium _premium;
    private readonly PerceivedRiskUpdate _perceive;

    /// <param name="parallel">Threads for the per-edge phases; null runs them on the calling thread. Output is
    /// bit-identical whatever the thread count.</param>
    public NarcoLogicModel(Scenario scenario, ulong seed, int run = 0, BlockRunner? parallel = null)
        : this(scenario, RouteGraphBuilder.Generate(scenario.Parameters, seed, run, parallel), seed, run, parallel) { }

    public NarcoLogicModel(Scenario scenario, RouteGraph routes, ulong seed, int run = 0, BlockRunner? parallel = null)
    {
        Scenario = scenario;
        World = new TraffickingWorld(routes, scenario.Parameters, seed, run, parallel);
        _perceive = new PerceivedRiskUpdate(World);
        _interdiction = new InterdictionAgent(World);
        _nodeAgents = new RouteChoice(World);
        _networkAgent = new NetworkAgent(World);
        _premium = new RiskPremium(World);
        Organizations = new OrganizationDynamics(World);
        OrganizationSummary = new OrganizationSummary(Organizations.Network.Count);
        Sums = new MonthAggregates(World);
        Nodes = scenario.Parameters.Output.Nodes ? new NodesTable(World) : null;
        bool networkAgent = scenario.Parameters.Trafficking.NetworkAgent;
        Schedule = new Schedule()
            .Add("supply", BeginMonth)                                       // step 6 of the previous month: new supply
            .Add("organizations.refill", Organizations.BeginMonth)           // vacancies, successions, splits
            .Add("investigation.arrest", Organizations.Arrest)               // arrests, informants, compartmentalization
            .Add("interdiction.select", _interdiction.SelectTargets)         // step 1 (R8, or route-chokepoint)
            .Add("traffickers.ship", _ => _nodeAgents.ShipAll())             // step 2 (R2–R6)
            .Add("traffickers.perceive", _ => _perceive.Run())               // step 2, risk update (R1, R6)
            .Add("premium.compute", _ => _premium.Compute())                 // step 3 (R7)
            .Add("interdiction.learn", _ => _interdiction.Learn())           // step 4 (R9)
            .Add("network.adapt", _ => { if (networkAgent) _networkAgent.Act(); }) // step 5 (R10–R12)
            .Add("record", Record)
            .Add("premium.apply", _ => _premium.Apply());                    // step 3's cost change, at month end (R7)
    }

    public Scenario Scenario { get; }
    public TraffickingWorld World { get; }
    public Schedule Schedule { get; }
    public RunTotals Totals { get; } = new();
    public TicksTable Ticks { get; } = new();
    public OrganizationTicksTable OrganizationTicks { get; } = new();
    public EventsTable Events { get; } = new();
    public RunsTable Runs { get; } = new();
    public RolesTable Roles { get; } = new();
    public OrganizationSummary OrganizationSummary { get; private set; } = null!;
    public NodesTable? Nodes { get; }
    public NetworkAgent NetworkAgent => _networkAgent;
    internal RouteChoice NodeAgents => _nodeAgents;
    public InterdictionAgent Interdiction => _interdiction;

    /// <summary>This month's sums for the output tables (valid after the record phase).</summary>
    public MonthAggregates Sums { get; }
    public OrganizationDynamics Organizations { get; }
    public RiskPremium Premium => _premium;

    public IEnumerable<Table> Tables =>
        Nodes is null
            ? [Runs.Table, Ticks.Table, OrganizationTicks.Table, Roles.Table, Events.Table]
            : [Runs.Table, Ticks.Table, OrganizationTicks.Table, Roles.Table, Events.Table, Nodes.Table];

    /// <summary>Runs every tick of the scenario; <paramref name="afterTick"/> sees the tick just finished.</summary>
    public void Run(Action<int>? afterTick = null)
    {
        var clock = new TickClock(Scenario.Parameters.Ticks);
        Schedule.RunToEnd(clock, afterTick);
        Runs.Record(World, Scenario.Name, Totals.Ticks, Totals, OrganizationSummary);
    }

    private void BeginMonth(int tick)
    {
        World.BeginMonth(); // also ages the risk windows (R1)
        double supply = SupplyCurve.Kg(Scenario.Parameters.Supply, tick);
        World.ProducedKg = supply;
        World.Stock[World.Routes.Source] += supply; // R14: leftover source stock carries over
    }

    private void Record(int tick)
    {
        Sums.Compute();
        Totals.Add(World, Sums.TotalActiveNodes);
        OrganizationSummary.Update(Organizations.Network, Organizations.Tally);
        Ticks.Record(World, tick, _interdiction.EventCount, Sums, OrganizationSummary, Organizations.Tally);
        Roles.Record(World.RunLabel, tick, Organizations.Network, Organizations.Tally);
        OrganizationTicks.Record(World, tick, _interdiction.Events, _networkAgent, Sums);
        Events.Record(World, tick, _interdiction.Events, _interdiction.ChosenSlProb);
        Events.RecordNetworkChanges(World, tick, _networkAgent.Expanded, _networkAgent.Consolidated);
        Nodes?.Record(tick, tick == Scenario.Parameters.Ticks - 1);
    }
}
