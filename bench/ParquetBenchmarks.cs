using BenchmarkDotNet.Attributes;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Bench;

/// <summary>Writing 1,000,000 rows (an int, a long and four doubles, like ticks) to Parquet, in row groups of 65,536.</summary>
[MemoryDiagnoser]
public class ParquetBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = Path.Combine(Path.GetTempPath(), $"tabm-bench-{Environment.ProcessId}.parquet");

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Description = "1M rows to Parquet (atomic sink)")]
    public long Write()
    {
        var table = new Table("bench", "benchmark rows");
        var run = table.Int32("run", "id", "");
        var seed = table.Int64("seed", "seed", "");
        var a = table.Double("a", "", "");
        var b = table.Double("b", "", "");
        var c = table.Double("c", "", "");
        var d = table.Double("d", "", "");
        using var recorder = new Recorder();
        recorder.Register(table, new ParquetTableSink(_path));
        for (int i = 0; i < Rows; i++)
        {
            run.Append(i);
            seed.Append(i * 7L);
            a.Append(i * 0.5);
            b.Append(i * 0.25);
            c.Append(i / 3.0);
            d.Append(-i);
            table.EndRow();
            recorder.FlushFull();
        }
        return recorder.Complete()["bench"];
    }
}
