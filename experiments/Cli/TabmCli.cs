using System.CommandLine;
using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Cli;

/// <summary>
/// The tabm command line. User errors (bad options, bad scenarios) print one message and exit 2; other
/// failures print one message and exit 1 (set TABM_DEBUG=1 for the stack trace).
/// </summary>
public static class TabmCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "TraffickingAbm: agent-based simulation of drug-trafficking networks under interdiction.\n" +
            "Runs NarcoLogic-style competitive adaptation (Magliocca et al. 2019) and writes Parquet output.")
        {
            RunCommand.Create(stdout),
            ScenariosCommand.Create(stdout),
            CompareCommand.Create(stdout, stderr),
            BatchCommand.Create(stdout, stderr),
            MergeCommand.Create(stdout),
            DiffCommand.Create(stdout),
            SummarizeCommand.Create(stdout),
            DocsCommand.Create(stdout),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"tabm: {error.Message}");
            stderr.WriteLine("Run 'tabm --help' for usage.");
            return ExitCodes.InputError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ScenarioException or GraphException or UsageException or Batch.SpecException or OutputFolderException)
        {
            stderr.WriteLine($"tabm: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"tabm: cannot write output: {e.Message}");
            return ExitCodes.RuntimeError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"tabm: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("TABM_DEBUG") == "1") stderr.WriteLine(e);
            else stderr.WriteLine("Set TABM_DEBUG=1 for details, and please report this.");
            return ExitCodes.RuntimeError;
        }
    }
}

/// <summary>An option combination that parses but cannot be used.</summary>
public sealed class UsageException(string message) : Exception(message);
