using ScottPlot;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>delivered.png: mean delivered share of supply per month for each strategy, with the intervention month marked.</summary>
public static class CompareFigure
{
    public const string FileName = "delivered.png";
    public const int Width = 1000, Height = 600;

    public static Plot Build(IReadOnlyList<CompareTick> ticks, int interventionMonth, int replications)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = CompareStatistics.DeliveredShareByMonth(ticks);
        for (int i = 0; i < series.Count; i++)
        {
            var (strategy, share) = series[i];
            double[] xs = Enumerable.Range(0, share.Length).Select(t => (double)t).ToArray();
            var line = plot.Add.Scatter(xs, share, palette.GetColor(i));
            line.MarkerSize = 0;
            line.LineWidth = strategy == CompareStrategy.Reference ? 2.5f : 1.5f;
            line.LegendText = strategy;
        }
        var start = plot.Add.VerticalLine(interventionMonth, 1.5f, Colors.Gray, LinePattern.Dashed);
        start.LegendText = $"start month {interventionMonth}";
        plot.Title($"Delivered share of supply by targeting strategy (mean of {replications} replication{(replications == 1 ? "" : "s")})");
        plot.XLabel("month");
        plot.YLabel("delivered / produced");
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    public static byte[] Png(IReadOnlyList<CompareTick> ticks, int interventionMonth, int replications) =>
        Build(ticks, interventionMonth, replications).GetImageBytes(Width, Height, ImageFormat.Png);
}
