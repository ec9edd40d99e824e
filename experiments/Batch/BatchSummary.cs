using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// Per design point, the mean and 95% t-interval (MathNet.Numerics Student t) over replications of the main
/// outcomes in the runs table.
/// </summary>
public static class BatchSummary
{
    public static readonly string[] Measures =
        ["delivered_share", "seized_share", "nodes_ever_used", "max_active_nodes", "final_organizations", "recovery_months"];

    public sealed record Row(int DesignPoint, IReadOnlyList<string> FactorValues, string Measure, double Mean, double CiLow, double CiHigh, int N);

    public static (IReadOnlyList<string> Factors, List<Row> Rows) Compute(string directory)
    {
        var layout = new BatchLayout(directory);
        var (spec, status) = BatchIndex.Read(layout.Directory);
        var runs = new Dictionary<int, Dictionary<string, object>>();
        string folder = Path.Combine(layout.Directory, "runs");
        if (Directory.Exists(folder))
            foreach (var part in Directory.EnumerateFiles(folder, "part-*.parquet").Order(StringComparer.Ordinal))
            {
                var c = ParquetTableReader.ReadAll(part);
                for (int i = 0; i < c["run"].Count; i++)
                    runs[(int)c["run"][i]] = c.Keys.ToDictionary(k => k, k => c[k][i]);
            }
        var rows = new List<Row>();
        foreach (var point in status.GroupBy(s => s.Run.DesignPoint).OrderBy(g => g.Key))
        {
            var done = point.Where(s => runs.ContainsKey(s.Run.RunId)).Select(s => runs[s.Run.RunId]).ToList();
            foreach (string measure in Measures)
            {
                // recovery_months: only runs that recovered (-1 = never) enter the mean.
                var values = done.Select(r => Convert.ToDouble(r[measure], System.Globalization.CultureInfo.InvariantCulture))
                    .Where(v => measure != "recovery_months" || v >= 0);
                var (mean, lo, hi, n) = MeanInterval.Of(values);
                rows.Add(new Row(point.Key, point.First().Run.Values, measure, mean, lo, hi, n));
            }
        }
        return (spec.Factors.Select(f => f.Key).ToList(), rows);
    }

    public static void WriteParquet(string path, IReadOnlyList<string> factors, IReadOnlyList<Row> rows)
    {
        var table = new Table("summary", "per design point and measure: mean and 95% interval", Math.Max(1, rows.Count));
        var point = table.Int32("design_point", "id", "design point");
        var factorColumns = factors.Select(f => table.String(f.Replace('.', '_'), "text", $"value of {f}")).ToList();
        var measure = table.String("measure", "label", "runs-table column summarized");
        var mean = table.Double("mean", "measure unit", "mean over replications");
        var lo = table.Double("ci_low", "measure unit", "95% t-interval, lower end (NaN with n < 2)");
        var hi = table.Double("ci_high", "measure unit", "95% t-interval, upper end (NaN with n < 2)");
        var n = table.Int32("n", "runs", "runs in the mean");
        foreach (var r in rows)
        {
            point.Append(r.DesignPoint);
            for (int j = 0; j < factorColumns.Count; j++) factorColumns[j].Append(r.FactorValues[j]);
            measure.Append(r.Measure);
            mean.Append(r.Mean);
            lo.Append(r.CiLow);
            hi.Append(r.CiHigh);
            n.Append(r.N);
            table.EndRow();
        }
        ParquetTableSink.WriteTable(table, path);
    }
}
