using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Tests.Contract;

/// <summary>
/// A model written against the contract alone (<see cref="WalkModel"/>, in this test project) is registered and then
/// runs, by its <c>model:</c> key, through the same paths as the built-in model: scenario files and --set,
/// <c>tabm run</c>, <c>tabm batch</c> and <c>tabm merge</c>.
/// </summary>
public sealed class ModelContractTests : IDisposable
{
    private readonly TempDir _dir = new();

    static ModelContractTests() => ModelRegistry.Register(WalkFactory.Instance);

    public void Dispose() => _dir.Dispose();

    private string WalkScenario(int walkers = 4) =>
        _dir.WriteFile("walk.yaml", $"model: walk\nname: walk-test\nticks: 10\nwalk:\n  walkers: {walkers}\n  drift: 2\n  jitter: 0\n");

    [Fact]
    public void TabmRunWritesTheWalkModelsTablesAndManifest()
    {
        string outDir = _dir.Combine("run");
        var r = Cli.Run("run", WalkScenario(), "--out", outDir, "--seed", "9");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("mean position", r.Stdout);
        var ticks = ParquetTableReader.ReadAll(Path.Combine(outDir, "ticks.parquet"));
        // No jitter: the mean moves by the drift each month, exactly.
        Assert.Equal(Enumerable.Range(1, 10).Select(t => 2.0 * t), ticks["mean_position"].Cast<double>());
        var runs = ParquetTableReader.ReadAll(Path.Combine(outDir, "runs.parquet"));
        Assert.Equal(["walk-test"], runs["scenario"].Cast<string>());
        Assert.Equal([9L], runs["seed"].Cast<long>());
        var manifest = RunManifest.Read(Path.Combine(outDir, "manifest.json"));
        Assert.Equal("walk", manifest.Model);
        Assert.Equal(4, manifest.Parameters["walk"]!["walkers"]!.GetValue<int>());
        Assert.Equal("origin", manifest.Parameters["walk"]!["start"]!.GetValue<string>());
    }

    [Fact]
    public void TheWalkModelsParametersAreValidatedFromTheirDeclarations()
    {
        var typo = Cli.Run("run", WalkScenario(), "--set", "walk.drfit=1", "--out", _dir.Combine("x"));
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("unknown key 'walk.drfit' (did you mean 'walk.drift'?)", typo.Stderr);
        var range = Cli.Run("run", WalkScenario(), "--set", "walk.drift=11", "--out", _dir.Combine("x"));
        Assert.Equal(2, range.ExitCode);
        Assert.Contains("key 'walk.drift' = 11 is out of range; allowed: a number in -10..10", range.Stderr);
        var choice = Cli.Run("run", WalkScenario(), "--set", "walk.start=middle", "--out", _dir.Combine("x"));
        Assert.Contains("must be one of origin, spread-out, got 'middle'", choice.Stderr);
        // A NarcoLogic key is not a walk key.
        var foreign = Cli.Run("run", WalkScenario(), "--set", "interdiction.sl_min=3", "--out", _dir.Combine("x"));
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("unknown key 'interdiction.sl_min'", foreign.Stderr);
        var cross = Cli.Run("run", WalkScenario(walkers: 600), "--set", "walk.jitter=6", "--out", _dir.Combine("x"));
        Assert.Equal(2, cross.ExitCode);
        Assert.Contains("--set walk.jitter=6: key 'walk.jitter' above 5 needs at most 500 walkers", cross.Stderr);
    }

    [Fact]
    public void AnUnknownModelIsNamedWithTheModelsThereAre()
    {
        string file = _dir.WriteFile("bad.yaml", "ticks: 3\nmodel: narcologik\n");
        var r = Cli.Run("run", file, "--out", _dir.Combine("x"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad.yaml:2: key 'model': unknown model 'narcologik' (did you mean 'narcologic'?); models: narcologic", r.Stderr);
    }

    [Fact]
    public void TabmBatchRunsTheWalkModelAndMergeFindsEveryRun()
    {
        WalkScenario();
        string spec = _dir.WriteFile("spec.yaml", """
            scenario: walk.yaml
            factors:
              walk.drift: [0, 1, 3]
            set:
              walk.jitter: 0.5
            replications: 2
            record: [ticks]
            chunk_size: 4
            """);
        string outDir = _dir.Combine("batch");
        var r = Cli.Run("batch", spec, "--out", outDir, "--threads", "2");
        Assert.True(r.ExitCode == 0, r.ToString());
        var merge = Cli.Run("merge", outDir);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Contains("6 done, 0 failed, 0 missing", merge.Stdout);
        var ticks = Directory.GetFiles(Path.Combine(outDir, "ticks"), "part-*.parquet").Select(ParquetTableReader.ReadAll).ToList();
        Assert.Equal(6 * 10, ticks.Sum(t => t["tick"].Count));
        // Each run's mean lies within jitter of drift x months: the factor reached the model.
        var runs = Directory.GetFiles(Path.Combine(outDir, "runs"), "part-*.parquet").Select(ParquetTableReader.ReadAll).ToList();
        var finals = runs.SelectMany(t => t["run"].Cast<int>().Zip(t["final_mean"].Cast<double>())).OrderBy(p => p.First).ToList();
        Assert.Equal(6, finals.Count);
        double[] drift = [0, 0, 1, 1, 3, 3];
        foreach (var (run, mean) in finals) Assert.InRange(mean, 10 * drift[run] - 5, 10 * drift[run] + 5);
        Assert.NotEqual(finals[0].Second, finals[1].Second); // replications differ in their seeds
    }

    [Fact]
    public void TheRunPathIsTheSameForEveryModel()
    {
        var scenario = ScenarioLoader.Load(WalkScenario());
        var a = ModelRun.ToFolder(scenario, 3, _dir.Combine("a"));
        var b = ModelRun.ToFolder(scenario, 3, _dir.Combine("b"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a.OutputDirectory, "ticks.parquet")), File.ReadAllBytes(Path.Combine(b.OutputDirectory, "ticks.parquet")));
        Assert.Equal(new Dictionary<string, long> { ["runs.parquet"] = 1, ["ticks.parquet"] = 10 }, a.Manifest.RowCounts);
    }
}
