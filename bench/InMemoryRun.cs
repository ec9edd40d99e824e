using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// A model whose output tables go to null sinks in full row groups, as in a real run without the Parquet
/// writing: what the within-run parallelism benchmarks and the paired measurements run.
/// </summary>
internal sealed class InMemoryRun : IDisposable
{
    private readonly Recorder _recorder = new();
    private int _tick;

    public InMemoryRun(Scenario scenario, BlockRunner runner)
    {
        Model = new NarcoLogicModel(scenario, 1, parallel: runner);
        foreach (var table in Model.Tables) _recorder.Register(table, new NullSink());
    }

    public NarcoLogicModel Model { get; }

    /// <summary>The scale-10k rules on a landscape of <paramref name="nodes"/> route nodes (2 per department plus
    /// source and market), 100 organizations.</summary>
    public static Scenario ScaleWorld(int nodes) => ScenarioLoader.Load("scale-10k", [$"landscape.departments={(nodes - 2) / 2}"]);

    /// <summary>Runs the next <paramref name="months"/> months (going on past the scenario's last month if asked).</summary>
    public void Advance(int months)
    {
        for (int i = 0; i < months; i++)
        {
            Model.Schedule.RunTick(_tick++);
            _recorder.FlushFull();
        }
    }

    /// <summary>A whole run of the scenario, construction included; returns the kg delivered.</summary>
    public static double Whole(Scenario scenario, BlockRunner runner)
    {
        var model = new NarcoLogicModel(scenario, 1, parallel: runner);
        using var recorder = new Recorder();
        foreach (var table in model.Tables) recorder.Register(table, new NullSink());
        model.Run(_ => recorder.FlushFull());
        return model.Totals.DeliveredKg;
    }

    public void Dispose() => _recorder.Dispose();
}
