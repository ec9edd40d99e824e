#:project ../models/TraffickingAbm.Models.csproj
// Bistability of NarcoLogic's interdiction ratchet (project resolution R9): at sl_min = 38, twice the
// calibrated floor, run 10 seeds under each setting of the three switches (R1 risk_counts, R6
// risk_refresh_unused, R7 premium) and print mean ± sd of delivered/supply, seized share and active
// nodes over the last 60 months, as a markdown table for docs/model.md.
// Run: dotnet run notebooks/bistability.cs
using System.Globalization;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Scenarios;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
const int seeds = 10, lastMonths = 60;
Console.WriteLine("| risk_counts | risk_refresh_unused | premium | delivered / supply | seized share | active nodes, last 60 months |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (string counts in new[] { "targeted", "seizures" })
foreach (string refresh in new[] { "false", "true" })
foreach (string premium in new[] { "compounding", "level" })
{
    var delivered = new List<double>();
    var seized = new List<double>();
    var active = new List<double>();
    for (ulong seed = 1; seed <= seeds; seed++)
    {
        var scenario = ScenarioLoader.Load("narcologic", ["interdiction.sl_min=38", $"trafficking.risk_counts={counts}",
            $"trafficking.risk_refresh_unused={refresh}", $"trafficking.premium={premium}"]);
        // Through the model contract: the run's tables, kept in memory, are what is read.
        var model = scenario.Build(seed);
        ModelRun.Execute(model);
        var runs = model.Tables.Single(t => t.Name == "runs");
        var activeNodes = model.Tables.Single(t => t.Name == "ticks").Values<int>("active_nodes").Span;
        delivered.Add(runs.Values<double>("delivered_share").Span[0]);
        seized.Add(runs.Values<double>("seized_share").Span[0]);
        double activeSum = 0;
        for (int t = activeNodes.Length - lastMonths; t < activeNodes.Length; t++) activeSum += activeNodes[t];
        active.Add(activeSum / lastMonths);
    }
    Console.WriteLine($"| {counts} | {refresh} | {premium} | {Fmt(delivered, 3)} | {Fmt(seized, 3)} | {Fmt(active, 1)} |");
}

static string Fmt(List<double> xs, int digits)
{
    double mean = xs.Average();
    double sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1));
    return $"{mean.ToString("F" + digits)} ± {sd.ToString("F" + digits)}";
}
