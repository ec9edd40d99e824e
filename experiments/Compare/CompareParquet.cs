using Parquet;
using Parquet.Schema;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// compare_runs, compare_ticks and compare_summary: each column declared once with its value (as a model's tables are),
/// written with
/// <see cref="ParquetTableSink"/> through a <see cref="Recorder"/> (each file appears under its final name only
/// when complete), and read back for notebooks/compare.cs.
/// </summary>
public static class CompareParquet
{
    public const string RunsFile = "compare_runs.parquet";
    public const string TicksFile = "compare_ticks.parquet";
    public const string SummaryFile = "compare_summary.parquet";

    public static TableSchema<CompareRun> Runs { get; } = new TableSchema<CompareRun>("compare_runs", "one row per (strategy, replication) of tabm compare")
        .String("strategy", "name", "targeting strategy", r => r.Strategy)
        .Int32("replication", "id", "replication, 1..N", r => r.Replication)
        .Int64("seed", "seed", "the run's seed (= replication under every strategy: common random numbers)", r => r.Seed)
        .Int32("intervention_month", "month", "targeting.start_month: the post_* sums and recovery_months count from it", r => r.InterventionMonth)
        .Double("post_delivered_kg", "kg", "kg delivered from intervention_month on", r => r.PostDeliveredKg)
        .Double("post_seized_kg", "kg", "kg seized from intervention_month on", r => r.PostSeizedKg)
        .Double("delivered_relative", "ratio", "post_delivered_kg / post_delivered_kg of strategy none with the same seed", r => r.DeliveredRelative)
        .Int32("final_organizations", "organizations", "organizations with members in place after the last month", r => r.FinalOrganizations)
        .Double("final_degree_centralization", "0..1", "Freeman degree centralization of the criminal network after the last month", r => r.FinalDegreeCentralization)
        .Int32("recovery_months", "months", "months from intervention_month until the 3-month delivered share is back at 90% of the pre-intervention share; 0 never dipped, -1 never recovered", r => r.RecoveryMonths)
        .Double("pre_intervention_delivered_share", "share", "delivered / produced over the 12 months before intervention_month", r => r.PreInterventionDeliveredShare);

    public static TableSchema<CompareTick> Ticks { get; } = new TableSchema<CompareTick>("compare_ticks", "one row per (strategy, replication, month) of tabm compare")
        .String("strategy", "name", "targeting strategy", t => t.Strategy)
        .Int32("replication", "id", "replication, 1..N", t => t.Replication)
        .Int32("tick", "month", "month, from 0", t => t.Tick)
        .Double("produced_kg", "kg", "supply added at the source this month", t => t.ProducedKg)
        .Double("delivered_kg", "kg", "kg that reached the market this month", t => t.DeliveredKg)
        .Double("seized_kg", "kg", "kg seized this month", t => t.SeizedKg)
        .Int32("organizations", "organizations", "organizations with members in place at the end of the month", t => t.Organizations)
        .Double("degree_centralization", "0..1", "Freeman degree centralization of the criminal network at the end of the month", t => t.DegreeCentralization);

    public static TableSchema<CompareSummaryRow> Summary { get; } = new TableSchema<CompareSummaryRow>("compare_summary", "mean and 95% Student-t interval of each measure per strategy")
        .String("strategy", "name", "targeting strategy", s => s.Strategy)
        .String("measure", "name", "a compare_runs column, or never_recovered (share of runs with recovery_months = -1)", s => s.Measure)
        .Double("mean", "measure", "mean over the runs (recovery_months: over the runs that recovered)", s => s.Mean)
        .Double("ci_low", "measure", "lower end of the 95% t-interval of the mean; NaN when n < 2", s => s.CiLow)
        .Double("ci_high", "measure", "upper end of the 95% t-interval of the mean; NaN when n < 2", s => s.CiHigh)
        .Int32("n", "runs", "runs the mean is over", s => s.N);

    /// <summary>The tables tabm compare writes (docs/output-schema.md lists them from here).</summary>
    public static IReadOnlyList<TableSchema> Tables { get; } = [Runs, Ticks, Summary];

    /// <summary>Writes the three tables into <paramref name="directory"/>; returns rows per file name.</summary>
    public static IReadOnlyDictionary<string, long> Write(string directory, IReadOnlyList<CompareRun> runs, IReadOnlyList<CompareTick> ticks, IReadOnlyList<CompareSummaryRow> summary)
    {
        Directory.CreateDirectory(directory);
        using var recorder = new Recorder();
        WriteAll(recorder, Runs, runs, Path.Combine(directory, RunsFile));
        WriteAll(recorder, Ticks, ticks, Path.Combine(directory, TicksFile));
        WriteAll(recorder, Summary, summary, Path.Combine(directory, SummaryFile));
        return recorder.Complete().ToDictionary(kv => kv.Key + ".parquet", kv => kv.Value);
    }

    private static void WriteAll<TRow>(Recorder recorder, TableSchema<TRow> schema, IReadOnlyList<TRow> rows, string path)
    {
        var writer = schema.CreateWriter();
        recorder.Register(writer.Table, new ParquetTableSink(path));
        foreach (var row in rows)
        {
            writer.Append(row);
            recorder.FlushFull();
        }
    }

    public static IReadOnlyList<CompareRun> ReadRuns(string path)
    {
        var c = ReadColumns(path);
        return Enumerable.Range(0, c.Rows).Select(i => new CompareRun(
            c.String("strategy", i), c.Int("replication", i), c.Long("seed", i), c.Int("intervention_month", i),
            c.Double("post_delivered_kg", i), c.Double("post_seized_kg", i), c.Double("delivered_relative", i),
            c.Int("final_organizations", i), c.Double("final_degree_centralization", i), c.Int("recovery_months", i),
            c.Double("pre_intervention_delivered_share", i))).ToList();
    }

    public static IReadOnlyList<CompareTick> ReadTicks(string path)
    {
        var c = ReadColumns(path);
        return Enumerable.Range(0, c.Rows).Select(i => new CompareTick(
            c.String("strategy", i), c.Int("replication", i), c.Int("tick", i), c.Double("produced_kg", i),
            c.Double("delivered_kg", i), c.Double("seized_kg", i), c.Int("organizations", i), c.Double("degree_centralization", i))).ToList();
    }

    public static IReadOnlyList<CompareSummaryRow> ReadSummary(string path)
    {
        var c = ReadColumns(path);
        return Enumerable.Range(0, c.Rows).Select(i => new CompareSummaryRow(
            c.String("strategy", i), c.String("measure", i), c.Double("mean", i), c.Double("ci_low", i), c.Double("ci_high", i), c.Int("n", i))).ToList();
    }

    private sealed class Columns(Dictionary<string, List<object>> values, int rows, string path)
    {
        public int Rows { get; } = rows;
        private object Get(string name, int i) =>
            values.TryGetValue(name, out var column) ? column[i] : throw new InvalidDataException($"{path}: no column '{name}'");
        public string String(string name, int i) => (string)Get(name, i);
        public int Int(string name, int i) => (int)Get(name, i);
        public long Long(string name, int i) => (long)Get(name, i);
        public double Double(string name, int i) => (double)Get(name, i);
    }

    private static Columns ReadColumns(string path)
    {
        var columns = ParquetTableReader.ReadAll(path);
        return new Columns(columns, columns.Count == 0 ? 0 : columns.First().Value.Count, path);
    }
}
