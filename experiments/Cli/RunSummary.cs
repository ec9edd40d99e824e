using System.Globalization;
using Spectre.Console;
using TraffickingAbm.Models.Simulation;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>The compact table printed after a run, and where its files are.</summary>
public static class RunSummary
{
    public static void Print(RunResult result, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var model = result.Model;
        var w = model.World;
        var totals = model.Totals;
        var m = result.Manifest;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(m.Scenario)}[/], seed {m.Seed}, {m.Ticks} months");
        table.AddColumn("measure");
        table.AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("route graph", $"{w.Routes.NodeCount} nodes, {w.Routes.EdgeCount} edges");
        Row("produced", Kg(totals.ProducedKg));
        Row("delivered to market", $"{Kg(totals.DeliveredKg)} ({Share(totals.DeliveredKg, totals.ProducedKg)} of produced)");
        Row("seized", $"{Kg(totals.SeizedKg)} ({Share(totals.SeizedKg, totals.SourceOutflowKg)} of source outflow)");
        Row("held at nodes at end", Kg(w.Stock.AsSpan(0, w.Routes.Market).ToArray().Sum()));
        Row("transit nodes ever used", $"{w.EverReceived.Count(b => b)} of {w.Routes.NodeCount - 2}");
        Row("most active nodes in a month", totals.MaxActiveNodes.ToString(CultureInfo.InvariantCulture));
        Row("interdiction capacity at end", $"{w.Capacity} events/month");
        Row("wall time", $"{result.Elapsed.TotalSeconds:0.000} s");
        console.Write(table);
        console.WriteLine($"Output: {result.OutputDirectory}");
        foreach (var (file, rows) in m.RowCounts)
            console.WriteLine($"  {file,-16} {rows,8} rows");
        console.WriteLine($"  {"manifest.json",-16} scenario, seed, parameters, code version");
    }

    private static string Kg(double kg) => kg >= 1e6 ? $"{kg / 1e6:0.00} kt" : kg >= 1e3 ? $"{kg / 1e3:0.00} t" : $"{kg:0.0} kg";

    private static string Share(double part, double whole) => whole > 0 ? (part / whole).ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
