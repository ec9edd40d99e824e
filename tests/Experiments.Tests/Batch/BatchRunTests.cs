using System.Diagnostics;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Experiments.Batch;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Experiments.Tests.Batch;

/// <summary>tabm batch: determinism across threads and shards, resume after a kill, failures, folder checks.</summary>
public sealed class BatchRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Spec = """
        name: test-study
        scenario: baseline
        ticks: 24
        factors:
          interdiction.sl_min: [10, 19, 38]
        design: grid
        replications: 4
        seed: 5
        record: [ticks, events, roles]
        chunk_size: 2
        """;

    private string WriteSpec(string text = Spec) => _dir.WriteFile("spec.yaml", text);

    private static string[] PartFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void OutputDoesNotDependOnThreadsOrShards()
    {
        string spec = WriteSpec();
        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("t1"), "--threads", "1").ExitCode);
        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("t2"), "--threads", "2").ExitCode);
        for (int i = 0; i < 4; i++)
            Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("shards"), "--shard", $"{i}/4", "--threads", "1").ExitCode);
        var merge = Cli.Run("merge", _dir.Combine("shards"));
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("12 done, 0 failed, 0 missing", merge.Stdout);

        // Chunks are fixed by the spec, so the very files are identical, not just the rows.
        var files = PartFiles(_dir.Combine("t1"));
        Assert.Contains(Path.Combine("ticks", "part-000005.parquet"), files);
        Assert.Equal(files, PartFiles(_dir.Combine("t2")));
        foreach (var f in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir.Combine("t1"), f)), File.ReadAllBytes(Path.Combine(_dir.Combine("t2"), f)));
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir.Combine("t1"), f)), File.ReadAllBytes(Path.Combine(_dir.Combine("shards"), f)));
        }
        Assert.Equal(0, Cli.Run("diff", _dir.Combine("t1"), _dir.Combine("shards")).ExitCode);
        var runs = ParquetTableReader.ReadAll(Path.Combine(_dir.Combine("t1"), "design.parquet"));
        Assert.Equal(Enumerable.Range(0, 12).Cast<object>(), runs["run"]);
    }

    [Fact]
    public void SeedsDependOnlyOnRootSeedPointAndReplication()
    {
        var a = BatchSpecLoader.Parse(Spec, "a.yaml");
        var b = BatchSpecLoader.Parse(Spec.Replace("replications: 4", "replications: 9"), "b.yaml");
        var runsA = DesignPlan.Expand(a);
        var runsB = DesignPlan.Expand(b);
        foreach (var r in runsA)
            Assert.Equal(r.Seed, runsB.Single(x => x.DesignPoint == r.DesignPoint && x.Replication == r.Replication).Seed);
        Assert.Equal(runsA.Count, runsA.Select(r => r.Seed).Distinct().Count());
        Assert.NotEqual(DesignPlan.RunSeed(5, 0, 0), DesignPlan.RunSeed(6, 0, 0));
    }

    [Fact]
    public void AKilledBatchResumesWithoutLosingOrDuplicatingRuns()
    {
        string spec = WriteSpec(Spec.Replace("ticks: 24", "ticks: 120").Replace("replications: 4", "replications: 8"));
        string killed = _dir.Combine("killed");
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "tabm.dll"), "batch", spec, "--out", killed, "--threads", "1"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using (var process = Process.Start(psi)!)
        {
            var clock = Stopwatch.StartNew();
            string runsFolder = Path.Combine(killed, "runs");
            while (!(Directory.Exists(runsFolder) && Directory.GetFiles(runsFolder, "part-*.parquet").Length >= 2))
            {
                Assert.False(process.HasExited, "the batch finished before it could be killed; make the study longer");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "no chunk finished within 120 s");
                Thread.Sleep(20);
            }
            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup code runs
            process.WaitForExit();
        }
        var finishedBefore = Directory.GetFiles(Path.Combine(killed, "runs"), "part-*.parquet")
            .ToDictionary(f => f, File.ReadAllBytes);
        Assert.InRange(finishedBefore.Count, 2, 11); // killed mid-way: 12 chunks in all

        var refused = Cli.Run("batch", spec, "--out", killed);
        Assert.Equal(2, refused.ExitCode); // without --resume the folder is protected
        var resumed = Cli.Run("batch", spec, "--out", killed, "--resume", "--threads", "2");
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains($"{finishedBefore.Count * 2} already done, {24 - finishedBefore.Count * 2} run now", resumed.Stdout);
        foreach (var (file, bytes) in finishedBefore) Assert.Equal(bytes, File.ReadAllBytes(file)); // kept, not redone

        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("clean"), "--threads", "2").ExitCode);
        var diff = Cli.Run("diff", killed, _dir.Combine("clean"));
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Empty(Directory.GetFiles(killed, "*.tmp", SearchOption.AllDirectories));
        var runs = Directory.GetFiles(Path.Combine(killed, "runs"), "part-*.parquet").SelectMany(f => ParquetTableReader.ReadAll(f)["run"]).Cast<int>().Order();
        Assert.Equal(Enumerable.Range(0, 24), runs); // every run exactly once
    }

    [Fact]
    public void AFailingRunIsRecordedAndTheBatchGoesOn()
    {
        // cells_per_department = 1 with 2 nodes per department passes each value's own check but not the
        // scenario's cross-key rule, so those runs throw when their scenario is built.
        string spec = WriteSpec(Spec.Replace("interdiction.sl_min: [10, 19, 38]", "landscape.cells_per_department: [1, 60]"));
        var r = Cli.Run("batch", spec, "--out", _dir.Combine("f"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("4 runs failed", r.Stdout);
        var merge = Cli.Run("merge", _dir.Combine("f"));
        Assert.Equal(1, merge.ExitCode);
        Assert.Contains("4 done, 4 failed, 0 missing", merge.Stdout);
        var index = ParquetTableReader.ReadAll(Path.Combine(_dir.Combine("f"), "index.parquet"));
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(i < 4 ? "failed" : "done", index["status"][i]);
            Assert.Equal(i < 4, ((string)index["error"][i]).Contains("nodes_per_department"));
        }
    }

    /// <summary>Regression: with nodes_every, a chunk in which every run failed ended in "internal error: no template
    /// for table 'nodes'"; its parts now come from the declared schemas and the batch goes on.</summary>
    [Fact]
    public void AChunkOfOnlyFailedRunsWithNodesEveryIsRecordedAndTheBatchGoesOn()
    {
        string spec = WriteSpec(Spec.Replace("interdiction.sl_min: [10, 19, 38]", "landscape.cells_per_department: [1, 60]")
            .Replace("chunk_size: 2", "chunk_size: 4\nnodes_every: 3"));
        var r = Cli.Run("batch", spec, "--out", _dir.Combine("n"));
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain("internal error", r.Stderr);
        Assert.Contains("4 runs failed", r.Stdout);
        var merge = Cli.Run("merge", _dir.Combine("n"));
        Assert.Contains("4 done, 4 failed, 0 missing", merge.Stdout);
        // The failed chunk's nodes part exists, is valid and empty, with the table's columns.
        var failedNodes = ParquetTableReader.ReadAll(Path.Combine(_dir.Combine("n"), "nodes", "part-000000.parquet"));
        Assert.Equal(NodesTable.Schema.Columns.Select(c => c.Name), failedNodes.Keys);
        Assert.All(failedNodes.Values, v => Assert.Empty(v));
        var nodes = ParquetTableReader.ReadAll(Path.Combine(_dir.Combine("n"), "nodes", "part-000001.parquet"));
        Assert.Equal([0, 3, 6, 9, 12, 15, 18, 21, 23], nodes["tick"].Cast<int>().Distinct());
    }

    [Fact]
    public void MergeListsMissingRuns()
    {
        string spec = WriteSpec();
        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("half"), "--shard", "0/2").ExitCode);
        var merge = Cli.Run("merge", _dir.Combine("half"));
        Assert.Equal(1, merge.ExitCode);
        Assert.Contains("6 done, 0 failed, 6 missing", merge.Stdout);
        Assert.Contains("missing runs: 2-3, 6-7, 10-11", merge.Stdout);
    }

    [Fact]
    public void AFolderOfAnotherStudyIsRefused()
    {
        string spec = WriteSpec();
        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("x")).ExitCode);
        string other = _dir.WriteFile("other.yaml", Spec.Replace("seed: 5", "seed: 6"));
        var r = Cli.Run("batch", other, "--out", _dir.Combine("x"), "--resume");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("holds a different study", r.Stderr);
    }

    [Fact]
    public void SummarizeGivesMeanAndIntervalPerDesignPoint()
    {
        string spec = WriteSpec();
        Assert.Equal(0, Cli.Run("batch", spec, "--out", _dir.Combine("s")).ExitCode);
        var r = Cli.Run("summarize", _dir.Combine("s"), "--parquet");
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = ParquetTableReader.ReadAll(Path.Combine(_dir.Combine("s"), "summary.parquet"));
        Assert.Equal(3 * BatchSummary.Measures.Length, rows["mean"].Count);
        var runs = Directory.GetFiles(Path.Combine(_dir.Combine("s"), "runs"), "part-*.parquet").Select(ParquetTableReader.ReadAll).ToList();
        var shares = runs.SelectMany(c => c["run"].Zip(c["delivered_share"])).ToDictionary(x => (int)x.First, x => (double)x.Second);
        double expected = Enumerable.Range(0, 4).Average(i => shares[i]); // design point 0 = runs 0..3
        int row = Enumerable.Range(0, rows["mean"].Count).Single(i => (int)rows["design_point"][i] == 0 && (string)rows["measure"][i] == "delivered_share");
        Assert.Equal(expected, (double)rows["mean"][row], 12);
        Assert.True((double)rows["ci_low"][row] <= expected && expected <= (double)rows["ci_high"][row]);
    }
}
