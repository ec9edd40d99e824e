using System.Globalization;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// design.parquet: one row per planned run — run id, design point, replication, seed and every factor's
/// value (numeric parameters as double, switches and choices as text; column = key with '.' → '_').
/// </summary>
public static class DesignTable
{
    public static void Write(BatchSpec spec, IReadOnlyList<PlannedRun> runs, string path)
    {
        var table = new Table("design", "one row per planned run", Math.Max(1, runs.Count));
        var run = table.Int32("run", "id", "run id");
        var point = table.Int32("design_point", "id", "design point");
        var rep = table.Int32("replication", "index", "replication within the design point");
        var seed = table.Int64("seed", "seed", "the run's seed (64-bit, reinterpreted as signed)");
        var numeric = new Dictionary<int, ValueColumn<double>>();
        var text = new Dictionary<int, StringColumn>();
        for (int j = 0; j < spec.Factors.Count; j++)
        {
            var f = spec.Factors[j];
            var kind = spec.Model.Parameters.Find(f.Key)!.Kind;
            if (kind is ParameterKind.Integer or ParameterKind.Real) numeric[j] = table.Double(f.Column, "parameter unit", $"value of {f.Key}");
            else text[j] = table.String(f.Column, "text", $"value of {f.Key}");
        }
        foreach (var r in runs)
        {
            run.Append(r.RunId);
            point.Append(r.DesignPoint);
            rep.Append(r.Replication);
            seed.Append(unchecked((long)r.Seed));
            for (int j = 0; j < spec.Factors.Count; j++)
                if (numeric.TryGetValue(j, out var c)) c.Append(double.Parse(r.Values[j], CultureInfo.InvariantCulture));
                else text[j].Append(r.Values[j]);
            table.EndRow();
        }
        ParquetTableSink.WriteTable(table, path);
    }
}
