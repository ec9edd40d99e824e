using System.CommandLine;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm scenarios</c>: the built-in scenarios, one line each.</summary>
public static class ScenariosCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("scenarios", "List the built-in scenarios, one line each (name and description).");
        command.SetAction(_ =>
        {
            int width = ScenarioLoader.BuiltInNames.Max(n => n.Length);
            foreach (string name in ScenarioLoader.BuiltInNames)
                stdout.WriteLine($"{name.PadRight(width)}  {ScenarioLoader.LoadBuiltIn(name).Description}");
            return ExitCodes.Success;
        });
        return command;
    }
}
