using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Engine.Scheduling;
using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// One NarcoLogic run (Magliocca et al. 2019 PNAS; monthly schedule as in the authors' 2018 code and
/// docs/model.md): builds the route graph and agents from the parameters and seed, and runs the schedule,
/// recording each month to the output tables.
/// </summary>
public sealed class NarcoLogicModel : IModel
{
    private readonly InterdictionAgent _interdiction;
    private readonly RouteChoice _nodeAgents;
    private readonly NetworkAgent _networkAgent;
    private readonly RiskPremium _premium;
    private readonly PerceivedRiskUpdate _perceive;
    private readonly RunContext _run;
    private readonly MonthRecord _month;
    private readonly TableWriter<MonthRecord> _ticks = TicksTable.Schema.CreateWriter();
    private readonly TableWriter<RunRecord> _runs = RunsTable.Schema.CreateWriter();
    private readonly OrganizationTicksTable _organizationTicks;
    private readonly EventsTable _events;
    private readonly RolesTable _roles = new();
    private readonly NodesTable? _nodes;

    /// <summary>A run of a loaded scenario (tests and tools; the runners go through <see cref="NarcoLogicFactory"/>).</summary>
    /// <param name="parallel">Threads for the per-edge phases; null runs them on the calling thread. Output is
    /// bit-identical whatever the thread count.</param>
    public NarcoLogicModel(Scenario scenario, ulong seed, int run = 0, BlockRunner? parallel = null)
        : this(new NarcoLogicParameters(scenario.Parameters), Context(scenario.Name, seed, run, parallel)) { }

    public NarcoLogicModel(NarcoLogicParameters parameters, RunContext run)
        : this(parameters, Routes(parameters, run), run) { }

    /// <summary>The user's graph (landscape.graph) or the synthetic strip (R18, R16).</summary>
    private static RouteGraph Routes(NarcoLogicParameters p, RunContext run) => p.Landscape.Graph.Length > 0
        ? LoadedRouteGraph.Load(p.Landscape, p.Supply, run.Parallel)
        : RouteGraphBuilder.Generate(p.Landscape, p.Supply, run.Seed, run.StreamRun, run.Parallel);

    public NarcoLogicModel(NarcoLogicParameters parameters, RouteGraph routes, RunContext run)
    {
        Parameters = parameters;
        _run = run;
        routes.CheckSingleChain("route graph");
        World = new TraffickingWorld(routes, parameters, run.Seed, run.StreamRun, run.Parallel) { RunLabel = run.Label };
        _perceive = new PerceivedRiskUpdate(World);
        _interdiction = new InterdictionAgent(World);
        _nodeAgents = new RouteChoice(World);
        _networkAgent = new NetworkAgent(World);
        _premium = new RiskPremium(World);
        Organizations = new OrganizationDynamics(new OrganizationSetting(parameters.Organizations, parameters.Targeting, World.Territory,
            World.Coupling, routes.NodeCount, run.Seed, run.StreamRun, World.Parallel));
        OrganizationSummary = new OrganizationSummary(Organizations.Network.Count);
        Sums = new MonthAggregates(World);
        _month = new MonthRecord(World, Sums, _interdiction, _networkAgent, Organizations, OrganizationSummary);
        _organizationTicks = new OrganizationTicksTable(_month);
        _events = new EventsTable(World);
        _nodes = parameters.Output.Nodes ? new NodesTable(World) : null;
        Tables = _nodes is null
            ? [_runs.Table, _ticks.Table, _organizationTicks.Table, _roles.Table, _events.Table]
            : [_runs.Table, _ticks.Table, _organizationTicks.Table, _roles.Table, _events.Table, _nodes.Table];
        bool networkAgent = parameters.Trafficking.NetworkAgent;
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

    private static RunContext Context(string scenario, ulong seed, int run, BlockRunner? parallel) =>
        new(scenario, seed) { StreamRun = run, Label = run, Parallel = parallel ?? BlockRunner.Sequential };

    public NarcoLogicParameters Parameters { get; }
    public TraffickingWorld World { get; }
    public Schedule Schedule { get; }
    public RunTotals Totals { get; } = new();
    public OrganizationSummary OrganizationSummary { get; }
    public NetworkAgent NetworkAgent => _networkAgent;
    internal RouteChoice NodeAgents => _nodeAgents;
    public InterdictionAgent Interdiction => _interdiction;

    /// <summary>This month's sums for the output tables (valid after the record phase).</summary>
    public MonthAggregates Sums { get; }
    public OrganizationDynamics Organizations { get; }
    public RiskPremium Premium => _premium;
    public RolesTable Roles => _roles;

    public int Ticks => Parameters.Ticks;
    public IReadOnlyList<Table> Tables { get; }

    public void Step(int tick) => Schedule.RunTick(tick);

    public void Finish() => _runs.Append(new RunRecord(World, _run.ScenarioName, Totals, OrganizationSummary));

    /// <summary>Runs every month, then the whole-run row; <paramref name="afterTick"/> sees the month just finished.</summary>
    public void Run(Action<int>? afterTick = null) => ModelRun.Execute(this, afterTick);

    public IReadOnlyList<SummaryLine> Summary() => NarcoLogicSummary.Lines(this);

    private void BeginMonth(int tick)
    {
        World.BeginMonth(); // also ages the risk windows (R1)
        double supply = SupplyCurve.Kg(Parameters.Supply, tick);
        World.ProducedKg = supply;
        World.Stock[World.Routes.Source] += supply; // R14: leftover source stock carries over
    }

    private void Record(int tick)
    {
        Sums.Compute();
        Totals.Add(World, Sums.TotalActiveNodes);
        OrganizationSummary.Update(Organizations.Network, Organizations.Tally);
        _month.Tick = tick;
        _ticks.Append(_month);
        _roles.Record(World.RunLabel, tick, Organizations.Network, Organizations.Tally);
        _organizationTicks.Record();
        _events.Record(tick, _interdiction.Events, _interdiction.ChosenSlProb);
        _events.RecordNetworkChanges(tick, _networkAgent.Expanded, _networkAgent.Consolidated);
        _nodes?.Record(tick, tick == Parameters.Ticks - 1);
    }
}
