using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// Runs one chunk of a study and writes one Parquet part per table, each run a row group. Parts go to
/// temporary names and are renamed when the chunk is complete, the runs part last, so a killed process
/// leaves the chunk either finished or absent. A run that throws becomes a row of the failures part.
/// </summary>
public sealed class ChunkRunner(BatchSpec spec, Scenario baseScenario, BatchLayout layout)
{
    public const string Failures = "failures";

    public IReadOnlyList<string> Tables { get; } = ["runs", .. spec.Record, .. (spec.NodesEvery > 0 ? new[] { "nodes" } : [])];

    /// <summary>The scenario of one run: base scenario, fixed overrides, ticks, factor values and output options.</summary>
    public Scenario ScenarioFor(PlannedRun run)
    {
        var overrides = new List<string>(spec.Set);
        if (spec.Ticks is int t) overrides.Add($"ticks={t}");
        for (int i = 0; i < spec.Factors.Count; i++) overrides.Add($"{spec.Factors[i].Key}={run.Values[i]}");
        if (spec.NodesEvery > 0) overrides.AddRange(["output.nodes=true", $"output.nodes_every={spec.NodesEvery}"]);
        return ScenarioLoader.WithOverrides(baseScenario, overrides);
    }

    /// <summary>Runs the chunk; returns the number of failed runs. <paramref name="runDone"/> is called after each run.</summary>
    public int Run(int chunk, IReadOnlyList<PlannedRun> runs, Action runDone)
    {
        foreach (var table in Tables.Append(Failures)) layout.DeleteStaleTemporaries(table, chunk);
        var sinks = Tables.ToDictionary(t => t, t => new ParquetTableSink(layout.Part(t, chunk)));
        var failures = new FailuresTable();
        var failureSink = new ParquetTableSink(layout.Part(Failures, chunk));
        try
        {
            foreach (var run in runs)
            {
                try
                {
                    var scenario = ScenarioFor(run);
                    var model = scenario.Model.Build(scenario.Parameters, new RunContext(scenario.Name, run.Seed) { Label = run.RunId });
                    ModelRun.Execute(model);
                    foreach (var table in model.Tables)
                        if (sinks.TryGetValue(table.Name, out var sink) && table.BufferedRows > 0) sink.WriteRowGroup(table);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Add(run, e);
                }
                runDone();
            }
            // failures/ holds parts only for chunks with failures (a rerun that now succeeds removes an old one).
            if (failures.Count > 0)
            {
                failureSink.WriteRowGroup(failures.Table);
                failureSink.Complete(failures.Table);
            }
            else AtomicFile.TryDelete(layout.Part(Failures, chunk));
            // Every part but runs first: the runs part's appearance marks the chunk as finished.
            foreach (var name in Tables.Where(t => t != "runs").Append("runs"))
                sinks[name].Complete(Template(name));
            return failures.Count;
        }
        finally
        {
            foreach (var sink in sinks.Values) sink.Dispose();
            failureSink.Dispose();
        }
    }

    /// <summary>An empty table of the table's declared schema: what a sink completes with (a chunk in which every
    /// run failed still gets a valid, empty part).</summary>
    private Table Template(string name) =>
        baseScenario.Model.Tables.First(t => t.Name == name).CreateEmpty();
}

/// <summary>failures: one row per run that threw (run id, design point, replication, seed, error).</summary>
public sealed class FailuresTable
{
    public Table Table { get; } = new("failures", "runs that threw");
    private readonly ValueColumn<int> _run, _point, _rep;
    private readonly ValueColumn<long> _seed;
    private readonly StringColumn _error;

    public FailuresTable()
    {
        _run = Table.Int32("run", "id", "run id");
        _point = Table.Int32("design_point", "id", "design point");
        _rep = Table.Int32("replication", "index", "replication within the design point");
        _seed = Table.Int64("seed", "seed", "the run's seed (64-bit, reinterpreted as signed)");
        _error = Table.String("error", "text", "exception type and message");
    }

    public int Count { get; private set; }

    public void Add(PlannedRun run, Exception e)
    {
        _run.Append(run.RunId);
        _point.Append(run.DesignPoint);
        _rep.Append(run.Replication);
        _seed.Append(unchecked((long)run.Seed));
        _error.Append($"{e.GetType().Name}: {e.Message}");
        Table.EndRow();
        Count++;
    }
}
