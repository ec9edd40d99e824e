using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Engine.Model;

/// <summary>Who a run is: its scenario's name, seed, the run index that keys its random streams, the id written in
/// its tables' <c>run</c> column, and the threads its parallel phases may use.</summary>
public sealed record RunContext(string ScenarioName, ulong Seed)
{
    /// <summary>Run index in the random streams' key (seed, run, stream, entity, tick); 0 for single runs and batch runs
    /// (a batch derives a seed per run instead).</summary>
    public int StreamRun { get; init; }

    /// <summary>The <c>run</c> column of the output tables; a batch numbers its runs here.</summary>
    public int Label { get; init; }

    /// <summary>Threads for within-run parallel phases; output is bit-identical whatever the count.</summary>
    public BlockRunner Parallel { get; init; } = BlockRunner.Sequential;
}
