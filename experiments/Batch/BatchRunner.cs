using System.Diagnostics;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>Outcome of one <c>tabm batch</c> invocation.</summary>
public sealed record BatchResult(int TotalRuns, int ShardRuns, int AlreadyDone, int RanNow, int Failed, TimeSpan Elapsed, string ManifestPath);

/// <summary>
/// Runs a study, or a shard of it, into an output folder: resumable (finished chunks are skipped),
/// parallel (one chunk per worker at a time) and deterministic (output does not depend on threads,
/// shards or interruptions: every chunk's content is fixed by the spec).
/// </summary>
public static class BatchRunner
{
    public static BatchResult Run(BatchSpec spec, string outDir, int threads, Shard shard, bool resume, IProgress<int>? progress = null)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var layout = new BatchLayout(outDir);
        var runs = DesignPlan.Expand(spec);
        int chunkCount = (runs.Count + spec.ChunkSize - 1) / spec.ChunkSize;
        var own = Enumerable.Range(0, chunkCount).Where(shard.Owns).ToList();
        // One writer per shard: the shards of a job array share the folder, a second copy of a shard is refused.
        using var folderLock = OutputFolderLock.Acquire(layout.Directory, $"shard-{shard.Index}-of-{shard.Count}");
        Prepare(spec, layout, runs, own, resume);

        var pending = own.Where(c => !layout.IsDone(c)).ToList();
        int shardRuns = own.Sum(c => ChunkRuns(runs, spec.ChunkSize, c).Count);
        int pendingRuns = pending.Sum(c => ChunkRuns(runs, spec.ChunkSize, c).Count);
        var baseScenario = ScenarioLoader.Load(ResolveScenario(spec));
        var chunkRunner = new ChunkRunner(spec, baseScenario, layout);
        int done = 0, failed = 0;
        // Workers block on Parquet.Net's async writes; keep pool threads free for their continuations.
        ThreadPool.GetMinThreads(out int minWorkers, out int minIo);
        ThreadPool.SetMinThreads(Math.Max(minWorkers, 2 * threads + 2), minIo);
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, chunk =>
        {
            int f = chunkRunner.Run(chunk, ChunkRuns(runs, spec.ChunkSize, chunk), () => progress?.Report(Interlocked.Increment(ref done)));
            Interlocked.Add(ref failed, f);
        });
        clock.Stop();

        // Failures of chunks finished by earlier invocations count too: the exit code covers the whole shard.
        int failedTotal = BatchIndex.CountFailures(layout, own);
        var manifest = new BatchManifest
        {
            Spec = spec.Name, SpecText = spec.SourceText, Sampler = spec.Design.Name, SampleSize = spec.Design.Size,
            Seed = spec.Seed, TotalRuns = runs.Count, Shard = shard.ToString(), ShardRuns = shardRuns,
            RunsCompletedNow = pendingRuns, RunsFailed = failedTotal, Threads = threads,
            StartedUtc = started, FinishedUtc = DateTimeOffset.UtcNow, WallSeconds = clock.Elapsed.TotalSeconds,
        };
        string manifestPath = layout.ManifestFile(shard);
        AtomicFile.WriteAllText(manifestPath, manifest.ToJson());
        return new BatchResult(runs.Count, shardRuns, shardRuns - pendingRuns, pendingRuns, failedTotal, clock.Elapsed, manifestPath);
    }

    /// <summary>Runs this invocation would run: the shard's runs in chunks not finished yet.</summary>
    public static int PendingRuns(BatchSpec spec, string outDir, Shard shard)
    {
        var layout = new BatchLayout(outDir);
        int total = DesignPlan.PointCount(spec) * spec.Replications;
        int chunks = (total + spec.ChunkSize - 1) / spec.ChunkSize;
        return Enumerable.Range(0, chunks).Where(c => shard.Owns(c) && !layout.IsDone(c))
            .Sum(c => Math.Min(spec.ChunkSize, total - c * spec.ChunkSize));
    }

    /// <summary>Runs of chunk c: run ids [c·size, (c+1)·size).</summary>
    public static IReadOnlyList<PlannedRun> ChunkRuns(IReadOnlyList<PlannedRun> runs, int size, int chunk) =>
        runs.Skip(chunk * size).Take(size).ToList();

    /// <summary>A scenario file named in a spec is relative to the spec's folder; built-in names stay as they are.</summary>
    public static string ResolveScenario(BatchSpec spec) => ResolveScenario(spec.Scenario, spec.SourcePath);

    /// <param name="specPath">The spec file's path ("" when the spec is not a file).</param>
    public static string ResolveScenario(string scenario, string specPath) =>
        ScenarioLoader.BuiltInNames.Contains(scenario) || Path.IsPathRooted(scenario) || specPath.Length == 0 || Path.GetDirectoryName(specPath) is not { Length: > 0 } folder
            ? scenario
            : Path.Combine(folder, scenario);

    /// <summary>
    /// Checks the folder belongs to this study and writes spec.yaml and design.parquet (identical bytes from
    /// every shard, each written atomically, so concurrent shards may all write them).
    /// </summary>
    private static void Prepare(BatchSpec spec, BatchLayout layout, IReadOnlyList<PlannedRun> runs, List<int> own, bool resume)
    {
        if (File.Exists(layout.Directory)) throw new SpecException($"--out {layout.Directory}: is a file, not a folder");
        Directory.CreateDirectory(layout.Directory);
        if (File.Exists(layout.SpecFile) && File.ReadAllText(layout.SpecFile) != spec.SourceText)
            throw new SpecException($"--out {layout.Directory}: holds a different study (spec.yaml differs); use another folder");
        if (!resume && own.Any(layout.IsDone))
            throw new SpecException($"--out {layout.Directory}: already holds finished runs of this study; pass --resume to finish it, or use another folder");
        ScenarioLoader.Load(ResolveScenario(spec)); // fail early, before any file is written, on a bad scenario
        AtomicFile.DeleteOrphanedTemporaries(layout.Directory); // a killed writer's; a live shard's are left alone
        AtomicFile.WriteAllText(layout.SpecFile, spec.SourceText);
        AtomicFile.WriteAllText(layout.ModelFile, spec.Model.Name + "\n");
        DesignTable.Write(spec, runs, layout.DesignFile);
    }
}
