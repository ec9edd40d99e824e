using System.CommandLine;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>
/// <c>tabm scenarios</c>: the built-in scenarios, one line each. <c>tabm scenarios NAME|FILE [--set key=value]...</c>:
/// that scenario's model and every parameter with its value, unit and allowed values, read from the declarations.
/// </summary>
public static class ScenariosCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "Show this built-in scenario or scenario file: every parameter, its value, unit and allowed values.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var set = new Option<string[]>("--set") { Description = "Override a parameter before showing (as for 'tabm run')." };
        var command = new Command("scenarios", "List the built-in scenarios (name and description), or show one scenario's parameters.") { scenario, set };
        command.SetAction(parse =>
        {
            if (parse.GetValue(scenario) is { } reference) return Show(ScenarioLoader.Load(reference, parse.GetValue(set) ?? []), stdout);
            int width = ScenarioLoader.BuiltInNames.Max(n => n.Length);
            foreach (string name in ScenarioLoader.BuiltInNames)
                stdout.WriteLine($"{name.PadRight(width)}  {ScenarioLoader.LoadBuiltIn(name).Description}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Show(Engine.Runs.Scenario s, TextWriter stdout)
    {
        stdout.WriteLine($"{s.Name} (model {s.Model.Name}, {s.Source}){(s.Description.Length > 0 ? ": " + s.Description : "")}");
        var rows = s.Model.Parameters.All.Select(p =>
        {
            string value = p.Format(s.Parameters.Value(p));
            bool changed = value != p.Format(p.Default);
            return (Key: p.Key, Value: value + (changed ? " *" : ""), p.Unit, p.AllowedText);
        }).ToList();
        int k = rows.Max(r => r.Key.Length), v = Math.Max(5, rows.Max(r => r.Value.Length)), u = rows.Max(r => r.Unit.Length);
        stdout.WriteLine($"{"key".PadRight(k)}  {"value".PadRight(v)}  {"unit".PadRight(u)}  allowed");
        foreach (var r in rows) stdout.WriteLine($"{r.Key.PadRight(k)}  {r.Value.PadRight(v)}  {r.Unit.PadRight(u)}  {r.AllowedText}");
        stdout.WriteLine("* differs from the default. Meanings and sources: docs/scenarios.md");
        return ExitCodes.Success;
    }
}
