using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TraffickingAbm.Experiments.Batch;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm summarize DIR</c>: mean and 95% interval of the main outcomes per design point.</summary>
public static class SummarizeCommand
{
    public static Command Create(TextWriter stdout)
    {
        var dir = new Argument<string>("dir") { Description = "A batch output folder." };
        var parquet = new Option<bool>("--parquet") { Description = "Also write DIR/summary.parquet." };
        var command = new Command("summarize", "Per design point: mean and 95% t-interval over replications of the main outcomes.") { dir, parquet };
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(dir)!;
            var (factors, rows) = BatchSummary.Compute(folder);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("point");
            foreach (var f in factors) table.AddColumn(Markup.Escape(f));
            foreach (var m in BatchSummary.Measures) table.AddColumn(new TableColumn(Markup.Escape(m)).RightAligned());
            foreach (var point in rows.GroupBy(r => r.DesignPoint))
            {
                var cells = new List<string> { point.Key.ToString(CultureInfo.InvariantCulture) };
                cells.AddRange(point.First().FactorValues.Select(Markup.Escape));
                cells.AddRange(point.Select(r => Markup.Escape(Format(r))));
                table.AddRow(cells.ToArray());
            }
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = stdout == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            });
            if (stdout != Console.Out || Console.IsOutputRedirected) console.Profile.Width = 400;
            console.Write(table);
            console.WriteLine("mean [95% t-interval] over replications; recovery_months over the runs that recovered.");
            if (parse.GetValue(parquet))
            {
                string path = Path.Combine(Path.GetFullPath(folder), "summary.parquet");
                BatchSummary.WriteParquet(path, factors, rows);
                console.WriteLine($"Wrote {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Format(BatchSummary.Row r) =>
        double.IsNaN(r.Mean) ? "-"
        : double.IsNaN(r.CiLow) ? r.Mean.ToString("G4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{r.Mean:G4} [{r.CiLow:G4}, {r.CiHigh:G4}]");
}
