using System.CommandLine;
using TraffickingAbm.Models.Scenarios;
using TraffickingAbm.Engine.Runs;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm run [NAME|FILE]</c>: one run of a scenario, written to an output folder.</summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "A built-in scenario name (see 'tabm scenarios') or the path of a scenario YAML file.",
            DefaultValueFactory = _ => "baseline",
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Random seed; the same scenario and seed give bit-identical output.",
            DefaultValueFactory = _ => 1,
        };
        var ticks = new Option<int?>("--ticks") { Description = "Months to simulate (overrides the scenario's 'ticks')." };
        var output = new Option<string?>("--out")
        {
            Description = "Output folder [default: ./out/<scenario>-s<seed>/]. Existing output files there are replaced.",
        };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a scenario parameter by dotted key, e.g. --set interdiction.sl_min=38 (repeatable; validated like the file).",
            AllowMultipleArgumentsPerToken = false,
        };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the output folder." };
        var profile = new Option<bool>("--profile") { Description = "Print where the run's time went: world construction and each monthly phase." };
        var threads = ThreadsOption.Create("Threads for the run's parallel phases (worlds of more than 32,768 edges); output is bit-identical at any count");

        var command = new Command("run", "Run one scenario and write runs/ticks/events Parquet and manifest.json.")
        {
            scenario, seed, ticks, output, set, quiet, threads, profile,
        };
        command.SetAction(parse =>
        {
            string reference = parse.GetValue(scenario)!;
            int threadCount = ThreadsOption.Read(parse, threads);
            if (reference.StartsWith('-')) throw new UsageException($"Unrecognized command or argument '{reference}'; see 'tabm run --help'");
            var loaded = ScenarioLoader.Load(reference, parse.GetValue(set) ?? []);
            if (parse.GetValue(ticks) is int t) loaded = ScenarioLoader.WithOverrides(loaded, [$"ticks={t}"], _ => $"--ticks {t}");
            ulong seedValue = parse.GetValue(seed);
            string outDir = parse.GetValue(output) ?? Path.Combine("out", $"{SafeName(loaded.Name)}-s{seedValue}");
            var result = ModelRun.ToFolder(loaded, seedValue, outDir, threads: threadCount, profile: parse.GetValue(profile));
            if (parse.GetValue(quiet)) stdout.WriteLine(result.OutputDirectory);
            else RunSummary.Print(result, stdout);
            if (result.Profile is { } p) RunProfilePrinter.Print(p, stdout);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
