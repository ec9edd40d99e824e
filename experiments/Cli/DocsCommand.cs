using System.CommandLine;
using TraffickingAbm.Experiments.Docs;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm docs [--check] [--root DIR]</c>: regenerate the parameter and column tables of the docs from the declarations.</summary>
public static class DocsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var check = new Option<bool>("--check") { Description = "Only report stale docs (exit 1), write nothing." };
        var root = new Option<string>("--root")
        {
            Description = "The repository root holding docs/ [default: the current folder].",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("docs", "Rewrite the generated tables of docs/scenarios.md and docs/output-schema.md from the parameter and column declarations.")
        {
            check, root,
        };
        command.SetAction(parse =>
        {
            bool stale = false;
            foreach (string relative in GeneratedDocs.Files)
            {
                string path = Path.Combine(parse.GetValue(root)!, relative);
                if (!File.Exists(path)) throw new UsageException($"--root: no {relative} under {Path.GetFullPath(parse.GetValue(root)!)}");
                string text = File.ReadAllText(path), updated = GeneratedDocs.Update(text, relative);
                if (updated == text.Replace("\r\n", "\n")) { stdout.WriteLine($"{relative}: up to date"); continue; }
                stale = true;
                if (parse.GetValue(check)) { stdout.WriteLine($"{relative}: stale"); continue; }
                Engine.Output.AtomicFile.WriteAllText(path, updated);
                stdout.WriteLine($"{relative}: rewritten");
            }
            return stale && parse.GetValue(check) ? ExitCodes.RuntimeError : ExitCodes.Success;
        });
        return command;
    }
}
