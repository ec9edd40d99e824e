namespace TraffickingAbm.Experiments.Tests;

/// <summary>Bad usage and bad input: exit code 2, a short message on stderr, no stack trace, no output folder.</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("out");

    [Fact]
    public void Unknown_scenario_name_exits_2_with_one_line()
    {
        var r = Cli.Run("run", "nosuchscenario", "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.StartsWith("tabm: ", r.Stderr);
        Assert.Contains("nosuchscenario", r.Stderr);
        Assert.Contains("baseline", r.Stderr); // lists the built-ins
        Assert.Equal("", r.Stdout);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Scenario_file_with_an_unknown_key_exits_2_naming_file_line_and_key()
    {
        string file = _dir.WriteFile("bad.yaml", "ticks: 12\nbogus_key: 3\n");
        var r = Cli.Run("run", file, "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.Contains("'bogus_key'", r.Stderr);
        Assert.Contains($"{Path.GetFullPath(file)}:2:", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Scenario_file_with_a_typo_suggests_the_key()
    {
        string file = _dir.WriteFile("typo.yaml", "interdiction:\n  sl_mn: 5\n");
        var r = Cli.Run("run", file, "--out", Out);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("did you mean 'interdiction.sl_min'", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Scenario_file_with_a_yaml_syntax_error_exits_2()
    {
        string file = _dir.WriteFile("syntax.yaml", "ticks: [12\n");
        var r = Cli.Run("run", file, "--out", Out);

        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.StderrLines);
        Assert.Contains("YAML syntax error", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Set_out_of_range_exits_2_and_names_the_allowed_range()
    {
        var r = Cli.Run("run", "--set", "interdiction.sl_learn=5", "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.Contains("interdiction.sl_learn", r.Stderr);
        Assert.Contains("0..1", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("nokey=1", "unknown key 'nokey'")]
    [InlineData("ticks=abc", "an integer in 1..100000")]
    [InlineData("ticks", "key=value")]
    [InlineData("interdiction.sl_min=500", "must not exceed")]
    public void Bad_set_exits_2(string item, string fragment)
    {
        var r = Cli.Run("run", "--set", item, "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.StartsWith("tabm: --set", r.Stderr);
        Assert.Contains(fragment, r.Stderr);
    }

    [Theory]
    [InlineData("notanumber")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void Bad_seed_exits_2(string seed)
    {
        var r = Cli.Run("run", "--seed", seed, "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("--seed", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    public void Bad_ticks_exits_2(string ticks)
    {
        var r = Cli.Run("run", "--ticks", ticks, "--out", Out);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Ticks_out_of_range_names_the_allowed_range()
    {
        var r = Cli.Run("run", "--ticks", "0", "--out", Out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1..100000", r.Stderr);
    }

    [Fact]
    public void Ticks_out_of_range_blames_the_ticks_option()
    {
        var r = Cli.Run("run", "--ticks", "0", "--out", Out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--ticks", r.Stderr);
        Assert.DoesNotContain("--set", r.Stderr);
    }

    [Theory]
    [InlineData("run", "baseline", "--bogus")]
    [InlineData("run", "--ticks", "12", "baseline", "--frobnicate", "3")]
    [InlineData("--bogus")]
    [InlineData("frobnicate")]
    [InlineData("run", "baseline", "extra")]
    public void Unknown_option_or_command_exits_2(params string[] args)
    {
        var r = Cli.Run([.. args, "--out", Out]);

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.NotEmpty(r.StderrLines);
        Assert.All(r.StderrLines, l => Assert.StartsWith(l.StartsWith("Run ", StringComparison.Ordinal) ? "Run 'tabm --help'" : "tabm: ", l));
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Unknown_option_after_the_scenario_is_named()
    {
        var r = Cli.Run("run", "baseline", "--bogus", "--out", Out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'--bogus'", r.Stderr);
        Assert.Contains("Unrecognized", r.Stderr);
    }

    [Fact]
    public void Unknown_option_before_the_scenario_exits_2()
    {
        var r = Cli.Run("run", "--bogus", "--out", Out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Unknown_option_before_the_scenario_is_reported_as_an_option()
    {
        var r = Cli.Run("run", "--bogus", "--out", Out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Unrecognized", r.Stderr);
        Assert.DoesNotContain("cannot read scenario", r.Stderr);
    }

    [Fact]
    public void No_command_exits_2()
    {
        var r = Cli.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--help", r.Stderr);
    }
}
