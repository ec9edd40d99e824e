using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Scheduling;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// Route planning on landscapes of 1k, 10k, 100k and 1M nodes: the scale-10k scenario (baseline rules, 2 transit
/// nodes per department, out-edges within a 150-node window) with landscape.departments = (nodes − 2) / 2, warmed
/// up for <see cref="WarmUpMonths"/> months like <see cref="BaselineBenchmarks.OneTick"/>. Route planning in
/// NarcoLogic is local: each node agent values its outlets and splits its stock (R2–R6, the "traffickers.ship"
/// phase, south to north over the CSR graph). The route-chokepoint interdiction ranks edges by the share of
/// source→market paths through them (ChokepointRanking.Compute, three passes over every edge).
/// On seed 1 the network in use is still the initial 4 edges at month 60 on every size; by month 120 it has grown
/// to ~115 used edges at 1k nodes and ~1,600 at 10k, while at 100k (checked to month 179) and 1M (checked to
/// month 120) it stays at 4 edges. Shipping visits only the nodes holding stock (StockedNodes), so at those
/// sizes the shipment is the source's and a few nodes'.
/// </summary>
[MemoryDiagnoser]
public class RoutePlanningBenchmarks
{
    private const int WarmUpMonths = 120;
    private const int Month = WarmUpMonths; // the measured month: ticks 0..119 are the warm-up

    private NarcoLogicModel _model = null!;
    private Phase _ship = null!;
    private ChokepointRanking _chokepoints = null!;

    // The state "traffickers.ship" writes, as it stands just before the phase in the measured month.
    private double[] _stock = [], _flow = [], _seized = [];
    private bool[] _everReceived = [];
    private double _deliveredKg, _seizedKg, _sourceOutflowKg;

    /// <summary>Route-graph nodes: 2 per department plus the source and the market.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int departments = (Nodes - 2) / 2;
        var scenario = ScenarioLoader.Load("scale-10k", [$"landscape.departments={departments}"]);
        _model = new NarcoLogicModel(scenario, 1);
        if (_model.World.Routes.NodeCount != Nodes)
            throw new InvalidOperationException($"expected {Nodes} nodes, the landscape has {_model.World.Routes.NodeCount}");
        for (int t = 0; t < WarmUpMonths; t++) _model.Schedule.RunTick(t);

        // The measured month up to the shipments: new supply, organizations, arrests, this month's interdiction targets.
        var phases = _model.Schedule.Phases;
        int i = 0;
        for (; phases[i].Name != "traffickers.ship"; i++) phases[i].Run(Month);
        _ship = phases[i];

        var w = _model.World;
        _stock = (double[])w.Stock.Clone();
        _flow = (double[])w.Flow.Clone();
        _seized = (double[])w.Seized.Clone();
        _everReceived = (bool[])w.EverReceived.Clone();
        _deliveredKg = w.DeliveredKg;
        _seizedKg = w.SeizedKg;
        _sourceOutflowKg = w.SourceOutflowKg;

        _chokepoints = new ChokepointRanking(w);
    }

    /// <summary>Puts back the pre-shipment state, outside the measurement, so every invocation ships the same stock.</summary>
    [IterationSetup(Target = nameof(Ship))]
    public void RestoreBeforeShipping()
    {
        var w = _model.World;
        Array.Copy(_stock, w.Stock, _stock.Length);
        Array.Copy(_flow, w.Flow, _flow.Length);
        Array.Copy(_seized, w.Seized, _seized.Length);
        Array.Copy(_everReceived, w.EverReceived, _everReceived.Length);
        w.DeliveredKg = _deliveredKg;
        w.SeizedKg = _seizedKg;
        w.SourceOutflowKg = _sourceOutflowKg;
        w.Stocked.Rebuild(w.Stock, w.Routes.Market); // the nodes holding stock, as before the shipments
        w.Activity.ClearThisMonth();                  // the month's active edges, empty before the shipments
    }

    /// <summary>
    /// One month's node-agent route choice and shipment (R2–R6) from the month-120 state. The phase empties the
    /// stock it ships, so each iteration is one invocation after <see cref="RestoreBeforeShipping"/>.
    /// </summary>
    [Benchmark(Description = "route choice and shipment (R2-R6), one month")]
    [InvocationCount(1)]
    public double Ship()
    {
        _ship.Run(Month);
        return _model.World.DeliveredKg;
    }

    /// <summary>Source→market path shares of every edge of the network in use (route-chokepoint ranking).</summary>
    [Benchmark(Description = "route-chokepoint ranking: path shares of every edge")]
    public double ChokepointRanking()
    {
        _chokepoints.Compute();
        return _chokepoints.Score[0];
    }
}
