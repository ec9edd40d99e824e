using TraffickingAbm.Experiments.Batch;

namespace TraffickingAbm.Experiments.Tests.Batch;

/// <summary>Experiment specs are read strictly: every bad spec gets one line naming file, line and key.</summary>
public sealed class BatchSpecTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string, int?> BadSpecs => new()
    {
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\nreplicatons: 3\n", "unknown key 'replicatons'", 4 },
        { "factors:\n  interdiction.sl_min: [10]\n", "missing key 'scenario'", null },
        { "scenario: baseline\n", "missing key 'factors'", null },
        { "scenario: baseline\nfactors:\n  interdiction.sl_mn: [10]\n", "factor 'interdiction.sl_mn' is not a parameter of model 'narcologic'; did you mean 'interdiction.sl_min'?", 3 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_learn: [0.5, 1.5]\n", "allowed: a number in 0..1", 3 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [ten]\n", "an integer in 0..1000000", 3 },
        { "scenario: baseline\nfactors:\n  trafficking.losslim: {uniform: [0.01, 0.2]}\ndesign: grid\n", "a grid needs a list of levels or a range with steps", null },
        { "scenario: baseline\nfactors:\n  trafficking.losslim: {range: [0.2, 0.01], steps: 3}\n", "min 0.2 must be below max 0.01", 3 },
        { "scenario: baseline\nfactors:\n  trafficking.losslim: {range: [0.01, 0.2]}\n", "a range needs 'steps'", 3 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_learn: {range: [0.5, 2], steps: 3}\n", "leaves the allowed range 0..1", 3 },
        { "scenario: baseline\nfactors:\n  trafficking.premium: {range: [0, 1], steps: 2}\n", "must be a list of levels", 3 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\ndesign: {lhs: 0}\n", "key 'design.lhs' must be an integer in 1..10000000", 4 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\ndesign: factorial\n", "key 'design' must be grid, {lhs: n}", 4 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\ndesign: {morris: {levels: 4}}\n", "design.morris needs 'trajectories'", 4 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\nreplications: 0\n", "key 'replications' must be an integer in 1..1000000", 4 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\nseed: -3\n", "key 'seed' must be an integer", 4 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\nrecord: [ticks, flows]\n", "unknown table 'flows'", 4 },
        { "scenario: baseline\nset:\n  trafficking.premium: compound\nfactors:\n  interdiction.sl_min: [10]\n", "one of compounding, level", 3 },
        { "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\n  interdiction.sl_min: [19]\n", "Duplicate key", null },
        { "scenario: [baseline\n", "YAML syntax error", 2 },
        { "- scenario: baseline\n", "a spec must be a mapping", 1 },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void BadSpecIsRejectedWithOneLineNamingFileLineAndKey(string yaml, string expected, int? line)
    {
        string path = _dir.WriteFile("bad.yaml", yaml);
        var e = Assert.Throws<SpecException>(() => BatchSpecLoader.LoadFile(path));
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(line is int l ? $"{Path.GetFullPath(path)}:{l}: " : Path.GetFullPath(path), e.Message);
        Assert.Contains(expected, e.Message);

        var r = Cli.Run("batch", path, "--out", _dir.Combine("never"));
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(Directory.Exists(_dir.Combine("never")));
    }

    [Fact]
    public void MissingSpecFileAndBadShardExit2()
    {
        Assert.Equal(2, Cli.Run("batch", _dir.Combine("nope.yaml")).ExitCode);
        string path = _dir.WriteFile("ok.yaml", "scenario: baseline\nfactors:\n  interdiction.sl_min: [10]\n");
        foreach (var shard in new[] { "4/4", "1", "a/b", "-1/2" })
        {
            var r = Cli.Run("batch", path, "--shard", shard, "--out", _dir.Combine("o"));
            Assert.True(r.ExitCode == 2, $"--shard {shard}: {r}");
        }
    }

    [Fact]
    public void GridSizeIsTheProductOfLevelsTimesReplications()
    {
        var spec = BatchSpecLoader.Parse("""
            scenario: baseline
            factors:
              interdiction.sl_min: [10, 19, 38]
              trafficking.losslim: {range: [0.01, 0.2], steps: 4}
              trafficking.premium: [compounding, level]
            replications: 5
            """, "grid.yaml");
        var runs = DesignPlan.Expand(spec);
        Assert.Equal(3 * 4 * 2 * 5, runs.Count);
        Assert.Equal(["10", "0.01", "compounding"], runs[0].Values);
        Assert.Equal(["38", "0.2", "level"], runs[^1].Values);
        Assert.Equal(["10", "0.01", "level"], runs[5].Values); // the last factor varies fastest
    }

    [Theory]
    [InlineData("{lhs: 7}", 7)]
    [InlineData("{sobol: 8}", 8 * (2 * 3 + 2))]
    [InlineData("{morris: {trajectories: 5, levels: 4}}", 5 * (3 + 1))]
    public void SamplerDesignsHaveTheirDocumentedSizeAndStayInRange(string design, int points)
    {
        var spec = BatchSpecLoader.Parse("""
            scenario: baseline
            factors:
              interdiction.sl_min: {range: [10, 38], steps: 2}
              trafficking.losslim: {uniform: [0.01, 0.2]}
              trafficking.premium: [compounding, level]
            replications: 2
            seed: 9
            """ + "\ndesign: " + design + "\n", "s.yaml");
        var runs = DesignPlan.Expand(spec);
        Assert.Equal(points * 2, runs.Count);
        foreach (var r in runs)
        {
            Assert.InRange(int.Parse(r.Values[0], System.Globalization.CultureInfo.InvariantCulture), 10, 38);
            Assert.InRange(double.Parse(r.Values[1], System.Globalization.CultureInfo.InvariantCulture), 0.01, 0.2);
            Assert.Contains(r.Values[2], new[] { "compounding", "level" });
        }
        Assert.True(runs.Select(r => r.Values[1]).Distinct().Count() > 1, "the sampler produced a single value");
        // Regenerating the design from (sampler, size, seed) gives the same points.
        Assert.Equal(runs.Select(r => string.Join(",", r.Values)), DesignPlan.Expand(spec).Select(r => string.Join(",", r.Values)));
    }

    [Fact]
    public void MorrisNeedsAnEvenNumberOfLevels()
    {
        var e = Assert.Throws<SpecException>(() => BatchSpecLoader.Parse(
            "scenario: baseline\nfactors:\n  interdiction.sl_min: {range: [10, 38], steps: 2}\ndesign: {morris: {trajectories: 3, levels: 5}}\n", "m.yaml"));
        Assert.Contains("must be even", e.Message);
    }
}
