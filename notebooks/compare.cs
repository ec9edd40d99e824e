#:project ../experiments/TraffickingAbm.Experiments.csproj
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property PublishAot=false
// The targeting-strategy comparison of `tabm compare`, regenerated from its Parquet output alone: reads
// compare_runs.parquet and compare_ticks.parquet from a folder (default out/compare), prints the table as
// markdown and draws notebooks/output/compare-delivered.png. Statistics, table and figure are the code
// tabm compare itself uses (experiments/Compare), so both give the same numbers.
// Run: dotnet run --project experiments -- compare   then   dotnet run notebooks/compare.cs [-- FOLDER]
using System.Globalization;
using TraffickingAbm.Experiments.Compare;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string folder = args.FirstOrDefault() ?? Path.Combine("out", "compare");
string runsPath = Path.Combine(folder, CompareParquet.RunsFile), ticksPath = Path.Combine(folder, CompareParquet.TicksFile);
foreach (string path in new[] { runsPath, ticksPath })
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"compare.cs: {path} not found; run 'dotnet run --project experiments -- compare' first or pass the output folder");
        return 2;
    }

var runs = CompareParquet.ReadRuns(runsPath);
var ticks = CompareParquet.ReadTicks(ticksPath);
int replications = runs.Select(r => r.Replication).Distinct().Count();
int start = runs.Select(r => r.InterventionMonth).Distinct().Single();
var summary = CompareStatistics.Summarize(runs);

Console.WriteLine($"**{CompareReport.Title(Path.GetFileName(Path.GetFullPath(folder)), replications, start)}**");
Console.WriteLine();
Console.Write(CompareReport.Markdown(summary));
Console.WriteLine();
foreach (string note in CompareReport.Notes) Console.WriteLine(note);

string png = Path.Combine("notebooks", "output", "compare-delivered.png");
Directory.CreateDirectory(Path.GetDirectoryName(png)!);
CompareOutput.WriteAllBytes(png, CompareFigure.Png(ticks, start, replications));
Console.WriteLine();
Console.WriteLine($"wrote {png}");
return 0;
