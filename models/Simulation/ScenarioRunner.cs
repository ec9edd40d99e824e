using System.Diagnostics;
using System.Text.Json.Nodes;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Simulation;

/// <summary>
/// Runs one scenario with one seed into an output folder: runs.parquet, ticks.parquet, events.parquet
/// (each written under a temporary name and renamed when complete) and manifest.json, written last.
/// </summary>
public static class ScenarioRunner
{
    public static RunResult RunToFolder(Scenario scenario, ulong seed, string outputDirectory, Action<int>? afterTick = null)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var model = new NarcoLogicModel(scenario, seed); // first: a scenario that cannot be built leaves no empty folder
        Directory.CreateDirectory(outputDirectory);
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
            RowCounts = rows.ToDictionary(kv => kv.Key + ".parquet", kv => kv.Value),
        };
        manifest.WriteTo(outputDirectory);
        return new RunResult(model, Path.GetFullPath(outputDirectory), clock.Elapsed, manifest);
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

public sealed record RunResult(NarcoLogicModel Model, string OutputDirectory, TimeSpan Elapsed, RunManifest Manifest);
