using System.CommandLine;
using TraffickingAbm.Experiments.Batch;

namespace TraffickingAbm.Experiments.Cli;

/// <summary><c>tabm diff A B</c>: do two batch folders hold the same rows? Exit 0 if so, 1 if not.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout)
    {
        var a = new Argument<string>("a") { Description = "A batch output folder." };
        var b = new Argument<string>("b") { Description = "Another batch output folder." };
        var command = new Command("diff", "Compare two batch folders row by row (design and every table), ignoring file boundaries and row order.") { a, b };
        command.SetAction(parse =>
        {
            string left = parse.GetValue(a)!, right = parse.GetValue(b)!;
            foreach (var d in new[] { left, right })
                if (!File.Exists(Path.Combine(d, "spec.yaml"))) throw new UsageException($"{d}: not a batch folder (no spec.yaml)");
            var differences = BatchDiff.Differences(left, right);
            foreach (var line in differences) stdout.WriteLine(line);
            stdout.WriteLine(differences.Count == 0 ? "same rows" : $"{differences.Count} tables differ");
            return differences.Count == 0 ? ExitCodes.Success : ExitCodes.RuntimeError;
        });
        return command;
    }
}
