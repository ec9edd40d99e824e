using System.Diagnostics;
using System.Text.Json.Nodes;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Scheduling;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Simulation;

/// <summary>
/// Runs one scenario with one seed into an output folder: runs.parquet, ticks.parquet, events.parquet
/// (each written under a temporary name and renamed when complete) and manifest.json, written last.
/// </summary>
public static class ScenarioRunner
{
    /// <param name="threads">Threads for the within-run parallel phases (1: none); output is bit-identical at any count.</param>
    /// <param name="profile">Time each phase of the schedule (RunResult.Profile).</param>
    public static RunResult RunToFolder(Scenario scenario, ulong seed, string outputDirectory, Action<int>? afterTick = null,
        int threads = 1, bool profile = false)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var parallel = new BlockRunner(threads);
        var model = new NarcoLogicModel(scenario, seed, parallel: parallel); // first: a scenario that cannot be built leaves no empty folder
        var setup = clock.Elapsed;
        Directory.CreateDirectory(outputDirectory);
        PhaseTimes? times = profile ? model.Schedule.Times = new PhaseTimes(model.Schedule) : null;
        IReadOnlyDictionary<string, long> rows;
        using (var recorder = new Recorder())
        {
            foreach (var table in model.Tables)
                recorder.Register(table, new ParquetTableSink(Path.Combine(outputDirectory, table.Name + ".parquet")));
            model.Run(tick =>
            {
                recorder.FlushFull();
                afterTick?.Invoke(tick);
            });
            rows = recorder.Complete();
        }
        clock.Stop();

        var manifest = new RunManifest
        {
            Scenario = scenario.Name,
            ScenarioSource = scenario.Source,
            Seed = seed,
            Ticks = scenario.Parameters.Ticks,
            Overrides = scenario.Overrides,
            Parameters = ParametersJson(scenario.Parameters),
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

    /// <summary>The full resolved parameters as nested JSON, shaped like a scenario file.</summary>
    public static JsonObject ParametersJson(ScenarioParameters p)
    {
        var root = new JsonObject();
        foreach (var spec in ParameterCatalog.All)
        {
            var parts = spec.Key.Split('.');
            var node = root;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                if (node[parts[i]] is not JsonObject child) node[parts[i]] = child = new JsonObject();
                node = child;
            }
            node[parts[^1]] = spec.Get(p) switch
            {
                int v => JsonValue.Create(v),
                double v => JsonValue.Create(v),
                bool v => JsonValue.Create(v),
                var v => JsonValue.Create(v.ToString()),
            };
        }
        return root;
    }
}

public sealed record RunResult(NarcoLogicModel Model, string OutputDirectory, TimeSpan Elapsed, RunManifest Manifest)
{
    public RunProfile? Profile { get; init; }
}

/// <summary>Where one run's wall time went: building the world, each phase summed over ticks, and the rest
/// (output flushing and completion).</summary>
public sealed record RunProfile(TimeSpan Setup, PhaseTimes Phases, TimeSpan Total);
