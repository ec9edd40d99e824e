using System.Text.Json;
using Parquet;

namespace TraffickingAbm.Experiments.Tests;

/// <summary>One 12-month baseline run through <c>tabm run</c>, shared by the tests below.</summary>
public sealed class BaselineRunFixture : IDisposable
{
    internal TempDir Dir { get; } = new();
    public string OutDir { get; }
    internal Cli.Result Result { get; }

    public BaselineRunFixture()
    {
        OutDir = Dir.Combine("baseline-out");
        Result = Cli.Run("run", "--ticks", "12", "--seed", "42", "--out", OutDir);
    }

    public void Dispose() => Dir.Dispose();
}

public sealed class CliRunTests(BaselineRunFixture run) : IClassFixture<BaselineRunFixture>
{
    internal static readonly string[] OutputFiles = ["runs.parquet", "ticks.parquet", "org_ticks.parquet", "roles.parquet", "events.parquet", "manifest.json"];

    [Fact]
    public void Run_exits_0_and_writes_the_four_output_files()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Equal("", run.Result.Stderr);
        foreach (string file in OutputFiles)
            Assert.True(File.Exists(Path.Combine(run.OutDir, file)), $"missing {file}");
    }

    [Fact]
    public void Run_leaves_no_temporary_files()
    {
        Assert.Equal(0, run.Result.ExitCode);
        Assert.Empty(Directory.GetFiles(run.OutDir, "*.tmp"));
        Assert.Empty(Directory.GetFiles(run.OutDir, "*tmp*"));
        Assert.Equal(OutputFiles.Order(StringComparer.Ordinal),
            Directory.GetFiles(run.OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ticks_parquet_has_one_row_per_month()
    {
        Assert.Equal(12, await RowCount(Path.Combine(run.OutDir, "ticks.parquet")));
    }

    [Fact]
    public async Task Runs_parquet_has_one_row()
    {
        Assert.Equal(1, await RowCount(Path.Combine(run.OutDir, "runs.parquet")));
    }

    [Fact]
    public void Manifest_has_seed_scenario_parameters_code_version_and_files()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.OutDir, "manifest.json")));
        var m = doc.RootElement;

        Assert.Equal(42UL, m.GetProperty("seed").GetUInt64());
        Assert.Equal("baseline", m.GetProperty("scenario").GetString());
        Assert.Equal(JsonValueKind.Object, m.GetProperty("parameters").ValueKind);
        Assert.Equal(12, m.GetProperty("parameters").GetProperty("ticks").GetInt32());
        Assert.Equal(19, m.GetProperty("parameters").GetProperty("interdiction").GetProperty("sl_min").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("code_version").GetString()));
        var files = m.GetProperty("files");
        Assert.Equal(JsonValueKind.Object, files.ValueKind);
        Assert.Equal(["events.parquet", "org_ticks.parquet", "roles.parquet", "runs.parquet", "ticks.parquet"],
            files.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(12, m.GetProperty("ticks").GetInt32());
        Assert.Contains("ticks=12", m.GetProperty("overrides").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Manifest_row_counts_match_the_parquet_files()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.OutDir, "manifest.json")));
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateObject())
            Assert.Equal(file.Value.GetInt64(), await RowCount(Path.Combine(run.OutDir, file.Name)));
    }

    [Fact]
    public void Summary_names_the_output_folder_and_files()
    {
        Assert.Contains(Path.GetFullPath(run.OutDir), run.Result.Stdout);
        Assert.Contains("ticks.parquet", run.Result.Stdout);
        Assert.Contains("baseline", run.Result.Stdout);
    }

    internal static async Task<long> RowCount(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        long rows = 0;
        for (int i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }
        return rows;
    }
}

/// <summary>Runs that need their own output folder.</summary>
public sealed class CliRunVariantTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_of_a_scenario_file_uses_its_ticks_and_name()
    {
        string file = _dir.WriteFile("tiny.yaml", "name: tiny\nticks: 24\ninterdiction:\n  sl_learn: 0.3\n");
        string outDir = _dir.Combine("tiny-out");

        var r = Cli.Run("run", file, "--out", outDir);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(24, await CliRunTests.RowCount(Path.Combine(outDir, "ticks.parquet")));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        Assert.Equal("tiny", doc.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(Path.GetFullPath(file), doc.RootElement.GetProperty("scenario_source").GetString());
        Assert.Equal(0.3, doc.RootElement.GetProperty("parameters").GetProperty("interdiction").GetProperty("sl_learn").GetDouble());
        Assert.Equal(1UL, doc.RootElement.GetProperty("seed").GetUInt64()); // the default seed
    }

    [Fact]
    public void Set_overrides_reach_the_manifest()
    {
        string outDir = _dir.Combine("set-out");
        var r = Cli.Run("run", "--ticks", "12", "--set", "interdiction.sl_min=38", "--set", "supply.initial_kg=300", "--out", outDir);

        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var p = doc.RootElement.GetProperty("parameters");
        Assert.Equal(38, p.GetProperty("interdiction").GetProperty("sl_min").GetInt32());
        Assert.Equal(300, p.GetProperty("supply").GetProperty("initial_kg").GetDouble());
        var overrides = doc.RootElement.GetProperty("overrides").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("interdiction.sl_min=38", overrides);
        Assert.Contains("supply.initial_kg=300", overrides);
    }

    [Fact]
    public void Quiet_prints_only_the_output_folder()
    {
        string outDir = _dir.Combine("quiet-out");
        var r = Cli.Run("run", "--ticks", "12", "--quiet", "--out", outDir);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal([Path.GetFullPath(outDir)], r.StdoutLines);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Same_seed_gives_identical_parquet_and_manifest_apart_from_timing()
    {
        string a = _dir.Combine("a"), b = _dir.Combine("b");
        Assert.Equal(0, Cli.Run("run", "--ticks", "12", "--seed", "7", "--quiet", "--out", a).ExitCode);
        Assert.Equal(0, Cli.Run("run", "--ticks", "12", "--seed", "7", "--quiet", "--out", b).ExitCode);

        foreach (string file in new[] { "runs.parquet", "ticks.parquet", "org_ticks.parquet", "roles.parquet", "events.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))),
                $"{file} differs between two runs with the same seed");

        Assert.Equal(ManifestWithoutTiming(a), ManifestWithoutTiming(b));
    }

    [Fact]
    public void Threads_give_the_same_parquet_and_profile_lists_every_phase()
    {
        // 12,000 nodes: more than one block of edges, so the parallel phases really split the work.
        string a = _dir.Combine("t1"), b = _dir.Combine("t2");
        string[] common = ["run", "scale-10k", "--ticks", "6", "--set", "landscape.departments=6000", "--set", "landscape.organizations=20"];
        var one = Cli.Run([.. common, "--threads", "1", "--out", a, "--profile"]);
        var two = Cli.Run([.. common, "--threads", "2", "--out", b, "--quiet"]);
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        foreach (string file in new[] { "runs.parquet", "ticks.parquet", "org_ticks.parquet", "roles.parquet", "events.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))),
                $"{file} differs between 1 and 2 threads");
        foreach (string phase in new[] { "(world construction)", "supply", "interdiction.select", "traffickers.ship", "record", "premium.apply" })
            Assert.Contains(one.StdoutLines, line => line.TrimStart().StartsWith(phase, StringComparison.Ordinal));
        Assert.Contains("\"threads\": 2", File.ReadAllText(Path.Combine(b, "manifest.json")));
    }

    [Fact]
    public void Zero_threads_is_a_usage_error()
    {
        var r = Cli.Run("run", "--threads", "0", "--out", _dir.Combine("zero"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--threads must be in 1..1024, not 0", r.Stderr);
    }

    [Fact]
    public async Task Rerunning_into_the_same_folder_replaces_the_output()
    {
        string outDir = _dir.Combine("rerun");
        Assert.Equal(0, Cli.Run("run", "--ticks", "24", "--quiet", "--out", outDir).ExitCode);
        Assert.Equal(0, Cli.Run("run", "--ticks", "12", "--quiet", "--out", outDir).ExitCode);

        Assert.Equal(12, await CliRunTests.RowCount(Path.Combine(outDir, "ticks.parquet")));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
        Assert.Equal(CliRunTests.OutputFiles.Length, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public void Output_path_that_is_a_file_is_an_input_error()
    {
        string blocker = _dir.WriteFile("not-a-folder", "x");
        var r = Cli.Run("run", "--ticks", "12", "--out", blocker);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tabm: --out {blocker}: is a file, not a folder", r.Stderr);
        Assert.Single(r.StderrLines);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    private static string ManifestWithoutTiming(string dir)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!.AsObject();
        foreach (string timing in new[] { "started_utc", "finished_utc", "wall_seconds" })
            Assert.True(node.Remove(timing), $"manifest has no '{timing}'");
        return node.ToJsonString();
    }
}
