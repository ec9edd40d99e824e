using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// Within-run parallelism: one steady-state month of a large world at 1 and 2 threads (the speed-up is the
/// ratio of the two rows), with the allocation column. Worlds are built from the built-in scale scenarios'
/// rules with <c>landscape.departments</c> setting the size (nodes = 2·departments + 2).
/// </summary>
[MemoryDiagnoser]
public class ParallelMonthBenchmarks
{
    private NarcoLogicModel _model = null!;
    private BlockRunner _runner = null!;
    private int _tick;

    [Params(100_000, 1_000_000)]
    public int Nodes { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load("scale-10k", [$"landscape.departments={(Nodes - 2) / 2}"]);
        _runner = new BlockRunner(Threads);
        _model = new NarcoLogicModel(scenario, 1, parallel: _runner);
        for (_tick = 0; _tick < 24; _tick++) _model.Schedule.RunTick(_tick); // into the steady state
    }

    [GlobalCleanup]
    public void Cleanup() => _runner.Dispose();

    [Benchmark(Description = "one month of a large world")]
    public void OneMonth() => _model.Schedule.RunTick(_tick);
}
