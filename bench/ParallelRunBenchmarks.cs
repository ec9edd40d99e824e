using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// Within-run parallelism, whole runs: the built-in scale scenarios (<c>scale-100k</c>: 100,000 nodes, 300
/// organizations; <c>scale-1m</c>: 1,000,000 nodes, 1,000 organizations) from landscape generation to month 180,
/// in memory, output to a null sink, at 1 and 2 threads. The ratio of the two rows is the within-run parallel
/// speed-up of a run (the CLI adds .NET start-up and Parquet writing, which are not shared out). Every
/// invocation is the same work, so the world does not drift as in a month-by-month measurement.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1, 1)]
public class ParallelRunBenchmarks
{
    private Scenario _scenario = null!;
    private BlockRunner _runner = null!;

    [Params("scale-100k", "scale-1m")]
    public string Scenario { get; set; } = "scale-100k";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioLoader.Load(Scenario);
        _runner = new BlockRunner(Threads);
    }

    [GlobalCleanup]
    public void Cleanup() => _runner.Dispose();

    [Benchmark(Description = "whole 180-month run, in memory")]
    public double WholeRun() => InMemoryRun.Whole(_scenario, _runner);
}
