using System.CommandLine;
using TraffickingAbm.Experiments.Batch;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm batch SPEC</c>: run a study (or one shard of it) into an output folder, resumably.</summary>
public static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var spec = new Argument<string>("spec") { Description = "The experiment spec (YAML; docs/experiments.md)." };
        var output = new Option<string?>("--out") { Description = "Output folder [default: ./out/<spec name>/]." };
        var threads = ThreadsOption.Create("Runs at once. The output does not depend on it");
        var shard = new Option<string?>("--shard") { Description = "Run only slice I of N (I/N, 0-based), e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT." };
        var resume = new Option<bool>("--resume") { Description = "Continue a study in --out: finished chunks are kept, the rest run." };
        var command = new Command("batch", "Run an experiment spec: every design point × replication, in parallel, resumable, shardable.")
        {
            spec, output, threads, shard, resume,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(spec)!;
            if (path.StartsWith('-')) throw new UsageException($"Unrecognized command or argument '{path}'; see 'tabm batch --help'");
            int threadCount = ThreadsOption.Read(parse, threads);
            var slice = parse.GetValue(shard) is { } s ? Shard.Parse(s) : Shard.All;
            var loaded = BatchSpecLoader.LoadFile(path);
            string outDir = parse.GetValue(output) ?? Path.Combine("out", loaded.Name);
            int pending = BatchRunner.PendingRuns(loaded, outDir, slice);
            var result = BatchProgress.Run(stderr, pending, p => BatchRunner.Run(loaded, outDir, threadCount, slice, parse.GetValue(resume), p));
            stdout.WriteLine($"{loaded.Name}: {result.TotalRuns} runs in the study; shard {slice}: {result.ShardRuns} runs, " +
                             $"{result.AlreadyDone} already done, {result.RanNow} run now in {result.Elapsed.TotalSeconds:0.0} s on {threadCount} thread{(threadCount == 1 ? "" : "s")}" +
                             (result.RanNow > 0 ? $" ({result.RanNow / Math.Max(result.Elapsed.TotalSeconds, 1e-9):0.0} runs/s)" : "") + ".");
            if (result.Failed > 0) stdout.WriteLine($"{result.Failed} runs failed: see {Path.Combine(Path.GetFullPath(outDir), ChunkRunner.Failures)}/ or 'tabm merge'.");
            stdout.WriteLine($"Output: {Path.GetFullPath(outDir)}");
            return result.Failed > 0 ? ExitCodes.RuntimeError : ExitCodes.Success;
        });
        return command;
    }
}
