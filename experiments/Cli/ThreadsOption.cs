using System.CommandLine;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>The --threads option of run, batch and compare: default every core, stated once in the help, and bounded.</summary>
public static class ThreadsOption
{
    /// <summary>More threads than this only thrash (one dedicated thread is started per requested thread).</summary>
    public const int Max = 1024;

    public static Option<int?> Create(string what) =>
        new("--threads") { Description = $"{what} [default: all cores, {Environment.ProcessorCount} here; at most {Max}]." };

    public static int Read(ParseResult parse, Option<int?> option)
    {
        int threads = parse.GetValue(option) ?? Environment.ProcessorCount;
        if (threads < 1 || threads > Max) throw new UsageException($"--threads must be in 1..{Max}, not {threads}");
        return threads;
    }
}
