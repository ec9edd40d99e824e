using Spectre.Console;
using TraffickingAbm.Engine.Runs;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>The compact table printed after a run (the model's own headline measures), and where its files are.</summary>
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
        var m = result.Manifest;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(m.Scenario)}[/], seed {m.Seed}, {m.Ticks} months");
        table.AddColumn("measure");
        table.AddColumn(new TableColumn("value").RightAligned());
        foreach (var line in result.Model.Summary())
            table.AddRow(Markup.Escape(line.Measure), Markup.Escape(line.Value));
        table.AddRow("wall time", $"{result.Elapsed.TotalSeconds:0.000} s");
        console.Write(table);
        console.WriteLine($"Output: {result.OutputDirectory}");
        foreach (var (file, rows) in m.RowCounts)
            console.WriteLine($"  {file,-16} {rows,8} rows");
        console.WriteLine($"  {"manifest.json",-16} scenario, seed, parameters, code version");
    }
}
