using System.Globalization;
using System.Text;
using Spectre.Console;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>The comparison table, for the terminal (Spectre.Console) and as markdown (notebooks/compare.cs).</summary>
public static class CompareReport
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "strategy", "delivered vs none", "seized after start, t", "organizations at end",
        "degree centralization at end", "recovery months", "never recovered",
    ];

    /// <summary>One row of cells per strategy, in summary order: "mean [ci_low, ci_high]", the mean alone when n = 1, "–" when n = 0.</summary>
    public static IReadOnlyList<string[]> Rows(IReadOnlyList<CompareSummaryRow> summary)
    {
        var rows = new List<string[]>();
        foreach (string strategy in summary.Select(s => s.Strategy).Distinct())
        {
            var of = summary.Where(s => s.Strategy == strategy).ToDictionary(s => s.Measure);
            string Cell(string measure, double scale, string format) =>
                of.TryGetValue(measure, out var s) ? Interval(s, scale, format) : "–";
            string never = of.TryGetValue(CompareStatistics.NeverRecovered, out var nr)
                ? $"{(int)Math.Round(nr.Mean * nr.N)} of {nr.N}" : "–";
            rows.Add(
            [
                strategy,
                Cell(CompareStatistics.DeliveredRelative, 1, "0.000"),
                Cell(CompareStatistics.PostSeizedKg, 1e-3, "0.0"),
                Cell(CompareStatistics.FinalOrganizations, 1, "0.0"),
                Cell(CompareStatistics.FinalDegreeCentralization, 1, "0.000"),
                Cell(CompareStatistics.RecoveryMonths, 1, "0.0"),
                never,
            ]);
        }
        return rows;
    }

    public static string Interval(CompareSummaryRow s, double scale, string format)
    {
        string F(double v) => (v * scale).ToString(format, CultureInfo.InvariantCulture);
        if (s.N == 0 || double.IsNaN(s.Mean)) return "–";
        return s.N == 1 || double.IsNaN(s.CiLow) ? F(s.Mean) : $"{F(s.Mean)} [{F(s.CiLow)}, {F(s.CiHigh)}]";
    }

    public static string Title(string scenario, int replications, int interventionMonth) =>
        $"{scenario}: {replications} replication{(replications == 1 ? "" : "s")} per strategy (seeds 1..{replications}), interventions from month {interventionMonth}";

    public static IReadOnlyList<string> Notes { get; } =
    [
        "Mean [95% t-interval of the mean]. delivered vs none: kg delivered from the start month on / the same for strategy none with the same seed.",
        "recovery months: mean over the runs that recovered (0 = never dipped below 90% of the pre-start delivered share); never recovered: runs of N.",
    ];

    public static Spectre.Console.Table SpectreTable(IReadOnlyList<CompareSummaryRow> summary, string title)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (int i = 0; i < Headers.Count; i++)
            table.AddColumn(i == 0 ? new TableColumn(Markup.Escape(Headers[i])) : new TableColumn(Markup.Escape(Headers[i])).RightAligned());
        foreach (var row in Rows(summary))
            table.AddRow(row.Select(Markup.Escape).ToArray());
        return table;
    }

    public static string Markdown(IReadOnlyList<CompareSummaryRow> summary)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", Headers).AppendLine(" |");
        sb.Append('|').AppendJoin("", Headers.Select((_, i) => i == 0 ? "---|" : "---:|")).AppendLine();
        foreach (var row in Rows(summary))
            sb.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        return sb.ToString();
    }
}
