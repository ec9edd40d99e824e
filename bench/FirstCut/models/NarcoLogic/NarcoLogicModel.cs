using TraffickingAbm.FirstCut.Engine.Recording;
using TraffickingAbm.FirstCut.Engine.Scheduling;
using TraffickingAbm.FirstCut.Models.Landscape;
using TraffickingAbm.FirstCut.Models.Output;
using TraffickingAbm.FirstCut.Models.Scenarios;

namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>
/// One NarcoLogic run (Magliocca et al. 2019 PNAS; schedule as in the authors' 2018 code): builds the
/// route graph and agents from the scenario and seed, and runs the monthly schedule, recording each
/// month to the output tables.
/// </summary>
public sealed class NarcoLogicModel
{
    private readonly InterdictionAgent _interdiction;
    private readonly RouteChoice _nodeAgents;

    public NarcoLogicModel(Scenario scenario, ulong seed, int run = 0)
        : this(scenario, RouteGraphBuilder.Generate(scenario.Parameters, seed, run), seed, run) { }

    public NarcoLogicModel(Scenario scenario, RouteGraph routes, ulong seed, int run = 0)
    {
        Scenario = scenario;
        World = new TraffickingWorld(routes, scenario.Parameters, seed, run);
        _interdiction = new InterdictionAgent(World);
        _nodeAgents = new RouteChoice(World);
        Schedule = new Schedule()
            .Add("supply", BeginMonth)                                    // schedule step 6 of the previous month: new supply
            .Add("interdiction.select", _ => _interdiction.SelectTargets()) // step 1
            .Add("traffickers.ship", _ => _nodeAgents.ShipAll())           // step 2
            .Add("traffickers.perceive", _ => UpdatePerceivedRisk())       // step 2, risk update on used edges
            .Add("record", Record)                                          // outputs see the month before learning
            .Add("interdiction.learn", _ => _interdiction.Learn());         // step 4
    }

    public Scenario Scenario { get; }
    public TraffickingWorld World { get; }
    public Schedule Schedule { get; }
    public RunTotals Totals { get; } = new();
    public TicksTable Ticks { get; } = new();
    public EventsTable Events { get; } = new();
    public RunsTable Runs { get; } = new();

    public IEnumerable<Table> Tables => [Runs.Table, Ticks.Table, Events.Table];

    /// <summary>Runs every tick of the scenario; <paramref name="afterTick"/> sees the tick just finished.</summary>
    public void Run(Action<int>? afterTick = null)
    {
        var clock = new TickClock(Scenario.Parameters.Ticks);
        Schedule.RunToEnd(clock, afterTick);
        Runs.Record(World, Scenario.Name, Totals.Ticks, Totals);
    }

    private void BeginMonth(int tick)
    {
        World.BeginMonth();
        World.Risk.Age(World.EventHistory);
        double supply = SupplyCurve.Kg(Scenario.Parameters.Supply, tick);
        World.ProducedKg = supply;
        World.Stock[World.Routes.Source] += supply; // R14: leftover source stock carries over
    }

    /// <summary>R1/R6: perceived risk is re-estimated only on the edges used this month.</summary>
    private void UpdatePerceivedRisk()
    {
        var w = World;
        for (int e = 0; e < w.Routes.EdgeCount; e++)
            if (w.Flow[e] > 0 || w.Seized[e] > 0)
                w.PerceivedRisk[e] = w.Risk.Estimate(w.EventHistory[e]);
    }

    private void Record(int tick)
    {
        Totals.Add(World);
        Ticks.Record(World, tick, _interdiction.EventCount);
        Events.Record(World, tick, _interdiction.Events);
    }
}
