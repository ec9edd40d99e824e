using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Bench;

/// <summary>
/// Within-run parallelism, month by month: one steady-state month of a large world at 1 and 2 threads, with the
/// allocation column. Worlds are built from the built-in scale scenarios' rules (100 organizations) with
/// <c>landscape.departments</c> setting the size (nodes = 2·departments + 2). Output rows go to a null sink in
/// full row groups, as in a real run, after a warm-up long enough for every table buffer to reach its row-group
/// size, so the month measured is the steady state (the run goes on past the scenario's 180 months).
/// </summary>
/// <remarks>
/// The world keeps evolving while it is measured, so every case runs the same fixed window of months (no pilot
/// stage choosing how many): months 700–843, one warm-up iteration and three measured ones of 48 months each.
/// Without the fixed window a faster month made the pilot pick more months per iteration, which ran the world
/// into heavier months and reported those. The whole-run speed-up is <see cref="ParallelRunBenchmarks"/>.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(48)]
public class ParallelMonthBenchmarks
{
    private InMemoryRun _run = null!;
    private BlockRunner _runner = null!;

    [Params(100_000, 1_000_000)]
    public int Nodes { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runner = new BlockRunner(Threads);
        _run = new InMemoryRun(InMemoryRun.ScaleWorld(Nodes), _runner);
        // 700 months: org_ticks gets 100 rows a month, so its buffer reaches the 65,536-row group size only after
        // ~660 months; before that, buffer growth (and the collections it triggers) would be measured too.
        _run.Advance(700);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _run.Dispose();
        _runner.Dispose();
    }

    [Benchmark(Description = "one month of a large world")]
    public void OneMonth() => _run.Advance(1); // the run simply goes on past its scenario's 180 months
}
