using BenchmarkDotNet.Attributes;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>The interdiction agent's monthly target selection (R8) on the baseline's month-120 network.</summary>
[MemoryDiagnoser]
public class InterdictionBenchmarks
{
    private NarcoLogicModel _model = null!;
    private InterdictionAgent _agent = null!;
    private ChokepointRanking _chokepoints = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new NarcoLogicModel(ScenarioLoader.Load("baseline"), 1);
        for (int t = 0; t < 120; t++) _model.Schedule.RunTick(t);
        _agent = new InterdictionAgent(_model.World);
        _chokepoints = new ChokepointRanking(_model.World);
    }

    [Benchmark(Description = "flow rule (R8): revisits, Hazen cut-off, top-C targets")]
    public int SelectFlow()
    {
        Array.Clear(_model.World.Targeted);
        _agent.SelectTargets(120);
        return _agent.EventCount;
    }

    [Benchmark(Description = "route-chokepoint: source-market path shares of every edge")]
    public double RankChokepoints()
    {
        _chokepoints.Compute();
        return _chokepoints.Score[0];
    }
}
