using System.Diagnostics;
using TraffickingAbm.Engine.Output;

namespace TraffickingAbm.Experiments.Tests;

/// <summary>One writer per output folder (or per batch shard): a second is refused with exit 2 naming the folder and the
/// holder's process id; the lock dies with its process, so a killed writer is followed by a clean --resume.</summary>
public sealed class OutputFolderLockTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Spec = """
        scenario: baseline
        ticks: 12
        factors:
          interdiction.sl_min: [10, 19]
        replications: 2
        chunk_size: 1
        """;

    [Fact]
    public void ASecondBatchOnTheSameFolderIsRefusedAndWritesNothing()
    {
        string spec = _dir.WriteFile("spec.yaml", Spec), outDir = _dir.Combine("b");
        using (OutputFolderLock.Acquire(outDir, "shard-0-of-1")) // another writer of the whole study
        {
            var r = Cli.Run("batch", spec, "--out", outDir);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains($"{Path.GetFullPath(outDir)}: another tabm process (pid {Environment.ProcessId}) is writing this folder", r.Stderr);
            Assert.Contains($"kill {Environment.ProcessId}", r.Stderr);
            Assert.False(File.Exists(Path.Combine(outDir, "spec.yaml")), "nothing is written by the refused process");
            // Another shard of the same study may write beside it (job arrays share a folder).
            Assert.Equal(0, Cli.Run("batch", spec, "--out", outDir, "--shard", "1/2").ExitCode);
        }
        var after = Cli.Run("batch", spec, "--out", outDir, "--resume");
        Assert.True(after.ExitCode == 0, after.ToString());
        var merge = Cli.Run("merge", outDir);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("4 done, 0 failed, 0 missing", merge.Stdout);
    }

    [Fact]
    public void MergeAndRunAreRefusedWhileAWriterHoldsTheFolder()
    {
        string spec = _dir.WriteFile("spec.yaml", Spec), outDir = _dir.Combine("m");
        Assert.Equal(0, Cli.Run("batch", spec, "--out", outDir, "--shard", "0/2").ExitCode);
        using (OutputFolderLock.Acquire(outDir, "shard-1-of-2"))
        {
            var merge = Cli.Run("merge", outDir);
            Assert.Equal(2, merge.ExitCode);
            Assert.Contains("is writing this folder", merge.Stderr);
        }
        string runDir = _dir.Combine("run");
        using (OutputFolderLock.Acquire(runDir))
        {
            var run = Cli.Run("run", "--ticks", "2", "--out", runDir);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is writing this folder", run.Stderr);
        }
        Assert.Equal(0, Cli.Run("run", "--ticks", "2", "--out", runDir, "--quiet").ExitCode);
    }

    [Fact]
    public void OutOntoAFileIsAnInputErrorInOurOwnWords()
    {
        string file = _dir.WriteFile("taken", "x");
        var run = Cli.Run("run", "--ticks", "2", "--out", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"tabm: --out {file}: is a file, not a folder", run.StderrLines[0]);
        var compare = Cli.Run("compare", "--replications", "1", "--out", file, "--quiet", "--set", "ticks=3", "--set", "targeting.start_month=1");
        Assert.Equal(2, compare.ExitCode);
        Assert.Contains("is a file, not a folder", compare.Stderr);
    }

    [Fact]
    public void AKilledWritersLockDiesWithIt()
    {
        string outDir = _dir.Combine("k");
        // A tabm run in a process of its own, killed with SIGKILL while it holds the folder.
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "tabm.dll"), "run", "scale-10k", "--out", outDir, "--threads", "1", "--quiet"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using (var process = Process.Start(psi)!)
        {
            var clock = Stopwatch.StartNew();
            string pid = Path.Combine(outDir, OutputFolderLock.Prefix + ".pid");
            while (!File.Exists(pid))
            {
                Assert.False(process.HasExited, "the run ended before it took the folder");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "the run never took the folder");
                Thread.Sleep(20);
            }
            var refused = Cli.Run("run", "--ticks", "2", "--out", outDir);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"pid {process.Id}", refused.Stderr);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var after = Cli.Run("run", "--ticks", "2", "--out", outDir, "--quiet");
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }
}
