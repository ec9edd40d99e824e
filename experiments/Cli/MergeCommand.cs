using System.CommandLine;
using TraffickingAbm.Experiments.Batch;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm merge DIR</c>: check a (sharded) batch folder for completeness and write index.parquet.</summary>
public static class MergeCommand
{
    public static Command Create(TextWriter stdout)
    {
        var dir = new Argument<string>("dir") { Description = "A batch output folder." };
        var command = new Command("merge", "Check that every run of a batch is present (after shards or interruptions) and write index.parquet.") { dir };
        command.SetAction(parse =>
        {
            var layout = new BatchLayout(parse.GetValue(dir)!);
            var (spec, runs) = BatchIndex.Read(layout.Directory);
            using var folderLock = Engine.Output.OutputFolderLock.AcquireAll(layout.Directory); // not while a batch writes the folder
            BatchIndex.WriteIndex(layout.IndexFile, runs);
            int done = runs.Count(r => r.State == "done"), failed = runs.Count(r => r.State == "failed");
            var missing = runs.Where(r => r.State == "missing").Select(r => r.Run.RunId).ToList();
            stdout.WriteLine($"{spec.Name}: {runs.Count} runs: {done} done, {failed} failed, {missing.Count} missing. Index: {layout.IndexFile}");
            if (missing.Count > 0) stdout.WriteLine($"missing runs: {Ranges(missing)} (run 'tabm batch SPEC --out DIR --resume' for them)");
            foreach (var f in runs.Where(r => r.State == "failed").Take(10)) stdout.WriteLine($"failed run {f.Run.RunId}: {f.Error}");
            return missing.Count > 0 || failed > 0 ? ExitCodes.RuntimeError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"0-7, 16-23" for sorted ids.</summary>
    public static string Ranges(IReadOnlyList<int> ids)
    {
        var parts = new List<string>();
        for (int i = 0; i < ids.Count;)
        {
            int j = i;
            while (j + 1 < ids.Count && ids[j + 1] == ids[j] + 1) j++;
            parts.Add(i == j ? $"{ids[i]}" : $"{ids[i]}-{ids[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
