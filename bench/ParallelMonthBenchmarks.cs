using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// Within-run parallelism: one steady-state month of a large world at 1 and 2 threads (the speed-up is the
/// ratio of the two rows), with the allocation column. Worlds are built from the built-in scale scenarios'
/// rules (100 organizations) with <c>landscape.departments</c> setting the size (nodes = 2·departments + 2).
/// Output rows go to a null sink in full row groups, as in a real run, after a warm-up long enough for every
/// table buffer to reach its row-group size, so the month measured is the steady state (the run goes on
/// past the scenario's 180 months).
/// </summary>
[MemoryDiagnoser]
public class ParallelMonthBenchmarks
{
    private NarcoLogicModel _model = null!;
    private BlockRunner _runner = null!;
    private Recorder _recorder = null!;
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
        _recorder = new Recorder();
        foreach (var table in _model.Tables) _recorder.Register(table, new NullSink());
        // 700 months: org_ticks gets 100 rows a month, so its buffer reaches the 65,536-row group size only after
        // ~660 months; before that, buffer growth (and the collections it triggers) would be measured too.
        while (_tick < 700) OneMonth();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _recorder.Dispose();
        _runner.Dispose();
    }

    [Benchmark(Description = "one month of a large world")]
    public void OneMonth()
    {
        _model.Schedule.RunTick(_tick++); // the run simply goes on past its scenario's 180 months
        _recorder.FlushFull();
    }
}
