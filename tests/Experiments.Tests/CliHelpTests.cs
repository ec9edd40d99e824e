namespace TraffickingAbm.Experiments.Tests;

public sealed class CliHelpTests
{
    [Fact]
    public void Scenarios_lists_each_built_in_on_its_own_line()
    {
        var r = Cli.Run("scenarios");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        var names = r.StdoutLines.Select(l => l.Split(' ', 2)[0]).ToList();
        Assert.Contains("baseline", names);
        Assert.Contains("no-interdiction", names);
        Assert.Equal(TraffickingAbm.Models.Scenarios.ScenarioLoader.BuiltInNames, names);
        Assert.Contains(r.StdoutLines, l => l.StartsWith("baseline ", StringComparison.Ordinal) && l.Contains("NarcoLogic"));
    }

    [Fact]
    public void Scenarios_NAME_shows_every_declared_parameter_with_value_unit_and_range()
    {
        var r = Cli.Run("scenarios", "no-interdiction", "--set", "trafficking.premium=level");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("no-interdiction (model narcologic, builtin:no-interdiction)", r.StdoutLines[0]);
        var schema = TraffickingAbm.Models.NarcoLogic.NarcoLogicParameters.Schema;
        Assert.Equal(schema.All.Count + 3, r.StdoutLines.Length);
        Assert.Contains(r.StdoutLines, l => l.StartsWith("interdiction.sl_min ", StringComparison.Ordinal) && l.Contains(" 0 *") && l.Contains("events/month") && l.Contains("an integer in 0..1000000"));
        Assert.Contains(r.StdoutLines, l => l.StartsWith("trafficking.premium ", StringComparison.Ordinal) && l.Contains("level *") && l.Contains("one of compounding, level"));
        Assert.Contains(r.StdoutLines, l => l.StartsWith("ticks ", StringComparison.Ordinal) && l.Contains(" 180 ") && !l.Contains('*'));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("batch")]
    [InlineData("compare")]
    public void Threads_default_is_stated_once_and_true(string command)
    {
        var r = Cli.Run(command, "--help");
        string line = r.StdoutLines.Single(l => l.TrimStart().StartsWith("--threads", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(line, "default"));
        Assert.Contains($"all cores, {Environment.ProcessorCount} here", line);
        var big = Cli.Run(command, command == "batch" ? "spec.yaml" : "baseline", "--threads", "100000");
        Assert.Equal(2, big.ExitCode);
        Assert.Contains("--threads must be in 1..1024, not 100000", big.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Root_help_exits_0_and_lists_the_commands(string flag)
    {
        var r = Cli.Run(flag);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        Assert.Contains("run", r.Stdout);
        Assert.Contains("scenarios", r.Stdout);
        Assert.Contains("Usage", r.Stdout);
    }

    [Theory]
    [InlineData("run", "--help")]
    [InlineData("run", "-h")]
    [InlineData("run", "baseline", "--help")]
    public void Run_help_exits_0_and_documents_the_options(params string[] args)
    {
        var r = Cli.Run(args);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        foreach (string option in new[] { "--seed", "--set", "--ticks", "--out", "--quiet", "--threads", "--profile" })
            Assert.Contains(option, r.Stdout);
        Assert.Contains("interdiction.sl_min=38", r.Stdout); // the --set example
    }

    [Fact]
    public void Run_help_does_not_run_anything()
    {
        string cwdOut = Path.Combine(Directory.GetCurrentDirectory(), "out");
        bool existed = Directory.Exists(cwdOut);
        var r = Cli.Run("run", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("Output:", r.Stdout);
        Assert.Equal(existed, Directory.Exists(cwdOut));
    }
}
