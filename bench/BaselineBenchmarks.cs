using BenchmarkDotNet.Attributes;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// The 156-node scenarios (baseline, and narcologic, the speed target): a whole 180-month run (graph
/// generation included) and one steady-state month.
/// </summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    private Scenario _scenario = null!;
    private NarcoLogicModel _model = null!;
    private int _tick;

    [Params("baseline", "narcologic")]
    public string Scenario { get; set; } = "baseline";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Load(Scenario);
        _model = new NarcoLogicModel(_scenario, 1);
        for (_tick = 0; _tick < 120; _tick++) _model.Schedule.RunTick(_tick); // warm up into the steady state
    }

    [Benchmark(Description = "whole 180-month run, in memory")]
    public double WholeRun()
    {
        var model = new NarcoLogicModel(_scenario, 1);
        model.Run();
        return model.Totals.DeliveredKg;
    }

    /// <summary>
    /// One month at month 120 of the baseline. The output tables keep growing, so a very long benchmark
    /// run also measures buffer growth; the month itself is what this reports.
    /// </summary>
    [Benchmark(Description = "one month (month 120 state)")]
    public void OneTick() => _model.Schedule.RunTick(120);
}
