using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using TraffickingAbm.Experiments.Compare;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>
/// <c>tabm compare [NAME|FILE]</c>: every targeting strategy × N replications (seed r under every strategy),
/// run in memory in parallel; a table of means with 95% intervals, and Parquet, a figure and manifest.json.
/// </summary>
public static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "A built-in scenario name (see 'tabm scenarios') or the path of a scenario YAML file.",
            DefaultValueFactory = _ => "baseline",
        };
        var replications = new Option<int>("--replications")
        {
            Description = "Replications per strategy; replication r uses seed r under every strategy (common random numbers).",
            DefaultValueFactory = _ => 20,
        };
        var output = new Option<string>("--out")
        {
            Description = "Output folder. Existing output files there are replaced.",
            DefaultValueFactory = _ => Path.Combine("out", "compare"),
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a scenario parameter by dotted key for every run, before the strategy's own override (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var threads = ThreadsOption.Create("Runs at once. The output does not depend on it");
        var quiet = new Option<bool>("--quiet") { Description = "Print only the output folder." };

        var command = new Command("compare",
            "Compare the targeting strategies (" + string.Join(", ", CompareStrategy.All.Select(s => s.Name)) + ") over N seeds; " +
            "write compare_runs/compare_ticks/compare_summary Parquet, delivered.png and manifest.json.")
        {
            scenario, replications, output, set, threads, quiet,
        };
        command.SetAction(parse =>
        {
            string reference = parse.GetValue(scenario)!;
            if (reference.StartsWith('-')) throw new UsageException($"Unrecognized command or argument '{reference}'; see 'tabm compare --help'");
            int n = parse.GetValue(replications);
            if (n < 1) throw new UsageException($"--replications must be at least 1, not {n}");
            int threadCount = ThreadsOption.Read(parse, threads);
            bool beQuiet = parse.GetValue(quiet);
            var loaded = ScenarioLoader.Load(reference, parse.GetValue(set) ?? []);
            string outDir = parse.GetValue(output)!;

            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var strategies = CompareStrategy.All;
            foreach (var s in strategies) CompareRunner.ScenarioFor(loaded, s); // bad combinations fail before any run
            var result = RunWithProgress(loaded, strategies, n, threadCount, !beQuiet && stderr == Console.Error && !Console.IsErrorRedirected, stderr);
            var written = CompareOutput.Write(outDir, loaded, result, threadCount, started, clock.Elapsed);
            clock.Stop();

            if (beQuiet) { stdout.WriteLine(written.Directory); return ExitCodes.Success; }
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = stdout == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = ColorSystemSupport.Detect,
            });
            if (stdout != Console.Out || Console.IsOutputRedirected) console.Profile.Width = 240; // a file or a pipe: no wrapping
            console.Write(CompareReport.SpectreTable(written.Summary, CompareReport.Title(loaded.Name, n, result.InterventionMonth)));
            foreach (string note in CompareReport.Notes) console.WriteLine(note);
            console.WriteLine($"{strategies.Count * n} runs in {clock.Elapsed.TotalSeconds:0.0} s on {threadCount} thread{(threadCount == 1 ? "" : "s")}");
            console.WriteLine($"Output: {written.Directory}");
            foreach (var (file, rows) in written.RowCounts)
                console.WriteLine($"  {file,-24} {rows,8} rows");
            console.WriteLine($"  {CompareFigure.FileName,-24} mean delivered share of supply per month per strategy");
            console.WriteLine($"  {CompareOutput.ManifestFile,-24} scenario, seeds, strategies, overrides, code version");
            return ExitCodes.Success;
        });
        return command;
    }

    private static CompareResult RunWithProgress(Scenario scenario, IReadOnlyList<CompareStrategy> strategies, int replications, int threads, bool terminal, TextWriter stderr)
    {
        if (!terminal) return CompareRunner.Run(scenario, strategies, replications, threads);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        CompareResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"{strategies.Count} strategies × {replications} runs", maxValue: strategies.Count * replications);
                result = CompareRunner.Run(scenario, strategies, replications, threads, () => task.Increment(1));
            });
        return result!;
    }
}
