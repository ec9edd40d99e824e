namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// The per-strategy summary of a comparison: mean and 95% Student-t confidence interval of the mean of
/// each measure over the replications. Shared by <c>tabm compare</c> and notebooks/compare.cs, which
/// recomputes it from compare_runs.parquet alone.
/// </summary>
public static class CompareStatistics
{
    public const string DeliveredRelative = "delivered_relative";
    public const string PostSeizedKg = "post_seized_kg";
    public const string FinalOrganizations = "final_organizations";
    public const string FinalDegreeCentralization = "final_degree_centralization";
    /// <summary>Over the runs that recovered (recovery_months ≥ 0; 0 = never dipped).</summary>
    public const string RecoveryMonths = "recovery_months";
    /// <summary>Share of the runs with recovery_months = -1 (no interval); n = all runs.</summary>
    public const string NeverRecovered = "never_recovered";

    public static IReadOnlyList<string> Measures { get; } =
        [DeliveredRelative, PostSeizedKg, FinalOrganizations, FinalDegreeCentralization, RecoveryMonths, NeverRecovered];

    /// <summary>Mean and 95% t-interval of the finite values (see <see cref="MeanInterval.Of"/>).</summary>
    public static (double Mean, double CiLow, double CiHigh, int N) MeanCi(IEnumerable<double> values) => MeanInterval.Of(values);

    /// <summary>The summary rows, strategies in order of first appearance in <paramref name="runs"/>, measures in <see cref="Measures"/> order.</summary>
    public static IReadOnlyList<CompareSummaryRow> Summarize(IReadOnlyList<CompareRun> runs)
    {
        var rows = new List<CompareSummaryRow>();
        foreach (string strategy in runs.Select(r => r.Strategy).Distinct())
        {
            var of = runs.Where(r => r.Strategy == strategy).ToList();
            void Add(string measure, IEnumerable<double> values)
            {
                var (mean, low, high, n) = MeanCi(values);
                rows.Add(new CompareSummaryRow(strategy, measure, mean, low, high, n));
            }
            Add(DeliveredRelative, of.Select(r => r.DeliveredRelative));
            Add(PostSeizedKg, of.Select(r => r.PostSeizedKg));
            Add(FinalOrganizations, of.Select(r => (double)r.FinalOrganizations));
            Add(FinalDegreeCentralization, of.Select(r => r.FinalDegreeCentralization));
            Add(RecoveryMonths, of.Where(r => r.RecoveryMonths >= 0).Select(r => (double)r.RecoveryMonths));
            int never = of.Count(r => r.RecoveryMonths < 0);
            rows.Add(new CompareSummaryRow(strategy, NeverRecovered, (double)never / of.Count, double.NaN, double.NaN, of.Count));
        }
        return rows;
    }

    /// <summary>
    /// Mean over replications of the delivered share of supply (delivered_kg / produced_kg) in each month,
    /// per strategy in order of first appearance. Months where a run produced nothing are left out of that month's mean.
    /// </summary>
    public static IReadOnlyList<(string Strategy, double[] MeanShare)> DeliveredShareByMonth(IReadOnlyList<CompareTick> ticks)
    {
        var result = new List<(string, double[])>();
        foreach (string strategy in ticks.Select(t => t.Strategy).Distinct())
        {
            var of = ticks.Where(t => t.Strategy == strategy).ToList();
            int months = of.Max(t => t.Tick) + 1;
            var sum = new double[months];
            var count = new int[months];
            foreach (var t in of.OrderBy(t => t.Replication).ThenBy(t => t.Tick))
                if (t.ProducedKg > 0) { sum[t.Tick] += t.DeliveredKg / t.ProducedKg; count[t.Tick]++; }
            result.Add((strategy, sum.Select((s, i) => count[i] > 0 ? s / count[i] : double.NaN).ToArray()));
        }
        return result;
    }
}
