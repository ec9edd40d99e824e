using System.Diagnostics;
using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Scheduling;

namespace TraffickingAbm.Engine.Runs;

/// <summary>
/// The one path that runs a model: month by month, then the whole-run rows. <see cref="ToFolder"/> writes its tables
/// as Parquet (each under a temporary name, renamed when complete) and manifest.json last; <see cref="Execute"/>
/// runs it with the tables left in memory (batches write them as parts, comparisons read them).
/// </summary>
public static class ModelRun
{
    /// <summary>Steps every month, calling <paramref name="afterTick"/> after each, then finishes the run.</summary>
    public static void Execute(IModel model, Action<int>? afterTick = null)
    {
        for (int tick = 0; tick < model.Ticks; tick++)
        {
            model.Step(tick);
            afterTick?.Invoke(tick);
        }
        model.Finish();
    }

    /// <param name="threads">Threads for the within-run parallel phases (1: none); output is bit-identical at any count.</param>
    /// <param name="profile">Time each phase of the schedule (RunResult.Profile).</param>
    public static RunResult ToFolder(Scenario scenario, ulong seed, string outputDirectory, Action<int>? afterTick = null,
        int threads = 1, bool profile = false)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var parallel = new BlockRunner(threads);
        // First: a scenario that cannot be built leaves no empty folder.
        var model = scenario.Model.Build(scenario.Parameters, scenario.Run(seed) with { Parallel = parallel });
        var setup = clock.Elapsed;
        using var folderLock = OutputFolderLock.Acquire(outputDirectory); // one writer per folder
        AtomicFile.DeleteOrphanedTemporaries(outputDirectory); // a killed earlier run's
        PhaseTimes? times = profile ? model.Schedule.Times = new PhaseTimes(model.Schedule) : null;
        IReadOnlyDictionary<string, long> rows;
        using (var recorder = new Recorder())
        {
            foreach (var table in model.Tables)
                recorder.Register(table, new ParquetTableSink(Path.Combine(outputDirectory, table.Name + ".parquet")));
            Execute(model, tick =>
            {
                recorder.FlushFull();
                afterTick?.Invoke(tick);
            });
            rows = recorder.Complete();
        }
        clock.Stop();

        var manifest = new RunManifest
        {
            Model = scenario.Model.Name,
            Scenario = scenario.Name,
            ScenarioSource = scenario.Source,
            Seed = seed,
            Ticks = model.Ticks,
            Overrides = scenario.Overrides,
            Parameters = scenario.Parameters.ToJson(),
            StartedUtc = started,
            FinishedUtc = DateTimeOffset.UtcNow,
            WallSeconds = clock.Elapsed.TotalSeconds,
            Threads = threads,
            RowCounts = rows.ToDictionary(kv => kv.Key + ".parquet", kv => kv.Value),
        };
        manifest.WriteTo(outputDirectory);
        return new RunResult(model, Path.GetFullPath(outputDirectory), clock.Elapsed, manifest)
        {
            Profile = times is null ? null : new RunProfile(setup, times, clock.Elapsed),
        };
    }
}

public sealed record RunResult(IModel Model, string OutputDirectory, TimeSpan Elapsed, RunManifest Manifest)
{
    public RunProfile? Profile { get; init; }
}

/// <summary>Where one run's wall time went: building the world, each phase summed over ticks, and the rest
/// (output flushing and completion).</summary>
public sealed record RunProfile(TimeSpan Setup, PhaseTimes Phases, TimeSpan Total);
