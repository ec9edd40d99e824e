using Parquet;
using Parquet.Schema;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// compare_runs, compare_ticks and compare_summary: declared as engine <see cref="Table"/>s and written with
/// <see cref="ParquetTableSink"/> through a <see cref="Recorder"/> (each file appears under its final name only
/// when complete), and read back for notebooks/compare.cs.
/// </summary>
public static class CompareParquet
{
    public const string RunsFile = "compare_runs.parquet";
    public const string TicksFile = "compare_ticks.parquet";
    public const string SummaryFile = "compare_summary.parquet";

    /// <summary>Writes the three tables into <paramref name="directory"/>; returns rows per file name.</summary>
    public static IReadOnlyDictionary<string, long> Write(string directory, IReadOnlyList<CompareRun> runs, IReadOnlyList<CompareTick> ticks, IReadOnlyList<CompareSummaryRow> summary)
    {
        Directory.CreateDirectory(directory);
        using var recorder = new Recorder();

        var runsTable = new Table("compare_runs", "one row per (strategy, replication) of tabm compare");
        var rStrategy = runsTable.String("strategy", "name", "targeting strategy");
        var rReplication = runsTable.Int32("replication", "id", "replication, 1..N");
        var rSeed = runsTable.Int64("seed", "seed", "the run's seed (= replication under every strategy: common random numbers)");
        var rStart = runsTable.Int32("intervention_month", "month", "targeting.start_month: the post_* sums and recovery_months count from it");
        var rPostDelivered = runsTable.Double("post_delivered_kg", "kg", "kg delivered from intervention_month on");
        var rPostSeized = runsTable.Double("post_seized_kg", "kg", "kg seized from intervention_month on");
        var rRelative = runsTable.Double("delivered_relative", "ratio", "post_delivered_kg / post_delivered_kg of strategy none with the same seed");
        var rOrgs = runsTable.Int32("final_organizations", "organizations", "organizations with members in place after the last month");
        var rCentralization = runsTable.Double("final_degree_centralization", "0..1", "Freeman degree centralization of the criminal network after the last month");
        var rRecovery = runsTable.Int32("recovery_months", "months", "months from intervention_month until the 3-month delivered share is back at 90% of the pre-intervention share; 0 never dipped, -1 never recovered");
        var rPre = runsTable.Double("pre_intervention_delivered_share", "share", "delivered / produced over the 12 months before intervention_month");
        recorder.Register(runsTable, new ParquetTableSink(Path.Combine(directory, RunsFile)));

        var ticksTable = new Table("compare_ticks", "one row per (strategy, replication, month) of tabm compare");
        var tStrategy = ticksTable.String("strategy", "name", "targeting strategy");
        var tReplication = ticksTable.Int32("replication", "id", "replication, 1..N");
        var tTick = ticksTable.Int32("tick", "month", "month, from 0");
        var tProduced = ticksTable.Double("produced_kg", "kg", "supply added at the source this month");
        var tDelivered = ticksTable.Double("delivered_kg", "kg", "kg that reached the market this month");
        var tSeized = ticksTable.Double("seized_kg", "kg", "kg seized this month");
        var tOrgs = ticksTable.Int32("organizations", "organizations", "organizations with members in place at the end of the month");
        var tCentralization = ticksTable.Double("degree_centralization", "0..1", "Freeman degree centralization of the criminal network at the end of the month");
        recorder.Register(ticksTable, new ParquetTableSink(Path.Combine(directory, TicksFile)));

        var summaryTable = new Table("compare_summary", "mean and 95% Student-t interval of each measure per strategy");
        var sStrategy = summaryTable.String("strategy", "name", "targeting strategy");
        var sMeasure = summaryTable.String("measure", "name", "a compare_runs column, or never_recovered (share of runs with recovery_months = -1)");
        var sMean = summaryTable.Double("mean", "measure", "mean over the runs (recovery_months: over the runs that recovered)");
        var sLow = summaryTable.Double("ci_low", "measure", "lower end of the 95% t-interval of the mean; NaN when n < 2");
        var sHigh = summaryTable.Double("ci_high", "measure", "upper end of the 95% t-interval of the mean; NaN when n < 2");
        var sN = summaryTable.Int32("n", "runs", "runs the mean is over");
        recorder.Register(summaryTable, new ParquetTableSink(Path.Combine(directory, SummaryFile)));

        foreach (var r in runs)
        {
            rStrategy.Append(r.Strategy);
            rReplication.Append(r.Replication);
            rSeed.Append(r.Seed);
            rStart.Append(r.InterventionMonth);
            rPostDelivered.Append(r.PostDeliveredKg);
            rPostSeized.Append(r.PostSeizedKg);
            rRelative.Append(r.DeliveredRelative);
            rOrgs.Append(r.FinalOrganizations);
            rCentralization.Append(r.FinalDegreeCentralization);
            rRecovery.Append(r.RecoveryMonths);
            rPre.Append(r.PreInterventionDeliveredShare);
            runsTable.EndRow();
            recorder.FlushFull();
        }
        foreach (var t in ticks)
        {
            tStrategy.Append(t.Strategy);
            tReplication.Append(t.Replication);
            tTick.Append(t.Tick);
            tProduced.Append(t.ProducedKg);
            tDelivered.Append(t.DeliveredKg);
            tSeized.Append(t.SeizedKg);
            tOrgs.Append(t.Organizations);
            tCentralization.Append(t.DegreeCentralization);
            ticksTable.EndRow();
            recorder.FlushFull();
        }
        foreach (var s in summary)
        {
            sStrategy.Append(s.Strategy);
            sMeasure.Append(s.Measure);
            sMean.Append(s.Mean);
            sLow.Append(s.CiLow);
            sHigh.Append(s.CiHigh);
            sN.Append(s.N);
            summaryTable.EndRow();
            recorder.FlushFull();
        }
        return recorder.Complete().ToDictionary(kv => kv.Key + ".parquet", kv => kv.Value);
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
