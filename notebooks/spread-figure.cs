#:project ../models/TraffickingAbm.Models.csproj
#:package ScottPlot
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property PublishAot=false
// Figure: active transit nodes and flow diversity (evenness) over time for several interdiction
// capacity floors (sl_min), mean and 95% band over replications (Magliocca et al. 2019, Fig. 3-style).
// Step 1 writes ordinary tabm output (ticks.parquet per run) under notebooks/output/spread/; step 2 reads
// only those Parquet files and draws notebooks/output/spread.png. Pass --plot-only to skip step 1.
// Run: dotnet run notebooks/spread-figure.cs [-- --plot-only] [-- --replications N]
using MathNet.Numerics.Distributions;
using TraffickingAbm.Engine.Output;
using ScottPlot;
using TraffickingAbm.Models.Scenarios;
using TraffickingAbm.Engine.Runs;

int[] floors = [0, 10, 19, 38];
int replications = args.SkipWhile(a => a != "--replications").Skip(1).Select(int.Parse).FirstOrDefault(10);
string root = Path.Combine("notebooks", "output", "spread");

if (!args.Contains("--plot-only"))
    foreach (int floor in floors)
        for (int r = 1; r <= replications; r++)
        {
            var overrides = floor == 0 ? new[] { "interdiction.sl_min=0", "interdiction.sl_max=0" } : [$"interdiction.sl_min={floor}"];
            ModelRun.ToFolder(ScenarioLoader.Load("narcologic", overrides), (ulong)r, Path.Combine(root, $"slmin{floor}", $"s{r}"));
        }

var plot = new Multiplot();
plot.AddPlots(2);
string[] columns = ["active_nodes", "flow_evenness"];
string[] titles = ["Active transit nodes", "Flow evenness (entropy / ln edges)"];
var palette = new ScottPlot.Palettes.Category10();
for (int panel = 0; panel < 2; panel++)
{
    var p = plot.GetPlot(panel);
    for (int i = 0; i < floors.Length; i++)
    {
        var runs = Directory.GetDirectories(Path.Combine(root, $"slmin{floors[i]}")).Order()
            .Select(d => ReadColumn(Path.Combine(d, "ticks.parquet"), columns[panel])).ToList();
        int n = runs.Min(r => r.Length);
        double[] xs = Enumerable.Range(0, n).Select(t => (double)t).ToArray();
        double[] mean = new double[n], lo = new double[n], hi = new double[n];
        double tq = runs.Count > 1 ? StudentT.InvCDF(0, 1, runs.Count - 1, 0.975) : 0;
        for (int t = 0; t < n; t++)
        {
            var v = runs.Select(r => r[t]).ToArray();
            mean[t] = v.Average();
            double sd = v.Length > 1 ? Math.Sqrt(v.Sum(x => (x - mean[t]) * (x - mean[t])) / (v.Length - 1)) : 0;
            lo[t] = mean[t] - tq * sd / Math.Sqrt(v.Length);
            hi[t] = mean[t] + tq * sd / Math.Sqrt(v.Length);
        }
        var color = palette.GetColor(i);
        var band = p.Add.FillY(xs, lo, hi);
        band.FillColor = color.WithAlpha(0.25);
        band.LineWidth = 0;
        var line = p.Add.Scatter(xs, mean, color);
        line.MarkerSize = 0;
        line.LegendText = floors[i] == 0 ? "no interdiction" : $"sl_min = {floors[i]}";
    }
    p.Title(titles[panel]);
    p.XLabel("month");
    p.ShowLegend(Alignment.UpperLeft);
}
string png = Path.Combine("notebooks", "output", "spread.png");
plot.SavePng(png, 1000, 800);
Console.WriteLine($"wrote {png} ({replications} replications per capacity, mean and 95% t-interval of the mean)");

static double[] ReadColumn(string path, string column) =>
    ParquetTableReader.ReadAll(path)[column].Select(Convert.ToDouble).ToArray();
