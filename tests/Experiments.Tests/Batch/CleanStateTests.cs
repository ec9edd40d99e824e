using TraffickingAbm.Engine.Output;

namespace TraffickingAbm.Experiments.Tests.Batch;

/// <summary>After a kill the folder is clean on the next start: failures/ holds parts only for failures, and the
/// temporaries of dead writers go while a live writer's stay.</summary>
public sealed class CleanStateTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Spec = """
        scenario: baseline
        ticks: 6
        factors:
          interdiction.sl_min: [10, 19]
        replications: 2
        chunk_size: 1
        """;

    [Fact]
    public void FailuresHoldsPartsOnlyForChunksThatFailed()
    {
        string ok = _dir.Combine("ok");
        Assert.Equal(0, Cli.Run("batch", _dir.WriteFile("s.yaml", Spec), "--out", ok).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(ok, "failures")) && Directory.GetFiles(Path.Combine(ok, "failures")).Length > 0,
            "no run failed, so failures/ holds nothing");

        string bad = _dir.Combine("bad");
        var r = Cli.Run("batch", _dir.WriteFile("f.yaml", Spec.Replace("interdiction.sl_min: [10, 19]", "landscape.cells_per_department: [1, 60]")), "--out", bad);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["part-000000.parquet", "part-000001.parquet"], Directory.GetFiles(Path.Combine(bad, "failures")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void ResumeRemovesADeadWritersTemporariesAndKeepsALiveOnes()
    {
        string spec = _dir.WriteFile("s.yaml", Spec), outDir = _dir.Combine("t");
        Assert.Equal(0, Cli.Run("batch", spec, "--out", outDir, "--shard", "0/2").ExitCode);
        string guid = Guid.NewGuid().ToString("N");
        // pid 999999999 cannot exist (Linux caps pids far below); the test process is alive.
        string dead = Path.Combine(outDir, "runs", $"part-000001.parquet.999999999.{guid}.tmp");
        string deadDesign = Path.Combine(outDir, $"design.parquet.999999999.{guid}.tmp");
        string live = Path.Combine(outDir, "ticks", $"part-000002.parquet.{Environment.ProcessId}.{guid}.tmp"); // another shard's chunk
        foreach (var f in new[] { dead, deadDesign, live }) File.WriteAllText(f, "partial");

        var resumed = Cli.Run("batch", spec, "--out", outDir, "--shard", "1/2", "--resume");
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.False(File.Exists(dead));
        Assert.False(File.Exists(deadDesign));
        Assert.True(File.Exists(live), "a live writer's temporary is not touched");
        Assert.Equal(0, AtomicFile.DeleteOrphanedTemporaries(outDir)); // nothing orphaned is left
    }
}
