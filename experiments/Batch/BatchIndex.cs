using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

using TraffickingAbm.Models;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>Completeness of a batch folder: which runs are done, failed or missing; index.parquet.</summary>
public static class BatchIndex
{
    public sealed record Status(PlannedRun Run, string State, string Error);

    public static int CountFailures(BatchLayout layout, IEnumerable<int> chunks) =>
        chunks.Where(layout.IsDone).Sum(c => File.Exists(layout.Part(ChunkRunner.Failures, c))
            ? ParquetTableReader.ReadAll(layout.Part(ChunkRunner.Failures, c))["run"].Count : 0);

    /// <summary>Reads spec.yaml back and the state of every run.</summary>
    public static (BatchSpec Spec, List<Status> Runs) Read(string directory)
    {
        var layout = new BatchLayout(directory);
        if (!File.Exists(layout.SpecFile)) throw new SpecException($"{layout.Directory}: not a batch folder (no spec.yaml)");
        // The folder names the model (model.txt; folders of earlier versions: the default model), so the base
        // scenario, which may live elsewhere, is not needed again.
        string modelName = File.Exists(layout.ModelFile) ? File.ReadAllText(layout.ModelFile).Trim() : ModelRegistry.DefaultModel;
        var model = ModelRegistry.Find(modelName) ?? throw new SpecException($"{layout.ModelFile}: {ModelRegistry.UnknownText(modelName)}");
        var spec = BatchSpecLoader.Parse(File.ReadAllText(layout.SpecFile), layout.SpecFile, model) with { SourcePath = layout.SpecFile };
        var runs = DesignPlan.Expand(spec);
        int chunks = (runs.Count + spec.ChunkSize - 1) / spec.ChunkSize;
        var result = new List<Status>(runs.Count);
        for (int c = 0; c < chunks; c++)
        {
            var chunkRuns = BatchRunner.ChunkRuns(runs, spec.ChunkSize, c);
            if (!layout.IsDone(c))
            {
                result.AddRange(chunkRuns.Select(r => new Status(r, "missing", "")));
                continue;
            }
            var errors = new Dictionary<int, string>();
            string failures = layout.Part(ChunkRunner.Failures, c);
            if (File.Exists(failures))
            {
                var f = ParquetTableReader.ReadAll(failures);
                for (int i = 0; i < f["run"].Count; i++) errors[(int)f["run"][i]] = (string)f["error"][i];
            }
            result.AddRange(chunkRuns.Select(r => errors.TryGetValue(r.RunId, out var e) ? new Status(r, "failed", e) : new Status(r, "done", "")));
        }
        return (spec, result);
    }

    /// <summary>index.parquet: run, design point, replication, seed, status (done, failed, missing), error.</summary>
    public static void WriteIndex(string path, IReadOnlyList<Status> runs)
    {
        var table = new Table("index", "one row per run with its status", Math.Max(1, runs.Count));
        var run = table.Int32("run", "id", "run id");
        var point = table.Int32("design_point", "id", "design point");
        var rep = table.Int32("replication", "index", "replication");
        var seed = table.Int64("seed", "seed", "the run's seed");
        var status = table.String("status", "label", "done, failed or missing");
        var error = table.String("error", "text", "the failed run's error, else empty");
        foreach (var s in runs)
        {
            run.Append(s.Run.RunId);
            point.Append(s.Run.DesignPoint);
            rep.Append(s.Run.Replication);
            seed.Append(unchecked((long)s.Run.Seed));
            status.Append(s.State);
            error.Append(s.Error);
            table.EndRow();
        }
        ParquetTableSink.WriteTable(table, path);
    }
}
