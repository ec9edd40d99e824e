using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraffickingAbm.Engine.Output;

namespace TraffickingAbm.Engine.Tests;

public class AtomicFileTests
{
    [Fact]
    public void WriteAllText_writes_utf8_without_bom_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "notes.json");
        const string content = "{\"name\": \"Tegucigalpa – ñ\"}\n";

        AtomicFile.WriteAllText(path, content);

        Assert.Equal(new UTF8Encoding(false).GetBytes(content), File.ReadAllBytes(path));
        Assert.Equal(new[] { "notes.json" }, dir.AllFiles());
    }

    [Fact]
    public void WriteAllText_replaces_existing_content()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "a.txt");
        AtomicFile.WriteAllText(path, "first, and longer than the second");
        AtomicFile.WriteAllText(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(new[] { "a.txt" }, dir.AllFiles());
    }

    [Fact]
    public void WriteAllText_into_a_missing_directory_throws_and_leaves_nothing()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "missing", "a.txt");
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.Empty(dir.AllFiles());
    }

    [Fact]
    public void Temporary_paths_are_unique_siblings_that_match_no_output_pattern()
    {
        string final = Path.Combine(Path.GetTempPath(), "out", "events.parquet");
        string a = AtomicFile.TemporaryPathFor(final), b = AtomicFile.TemporaryPathFor(final);
        Assert.NotEqual(a, b);
        Assert.Equal(Path.GetDirectoryName(final), Path.GetDirectoryName(a));
        Assert.EndsWith(".tmp", a);
        Assert.StartsWith(final, a);
    }
}

public class RunManifestTests
{
    private static RunManifest Sample() => new()
    {
        Scenario = "baseline",
        ScenarioSource = "scenarios/baseline.yaml",
        Seed = 0xFEDC_BA98_7654_3210UL, // above long.MaxValue: must survive as an unsigned 64-bit number
        Run = 3,
        Ticks = 120,
        Overrides = ["interdiction.rate=0.2", "agents=50"],
        Parameters = new JsonObject
        {
            ["interdiction"] = new JsonObject { ["rate"] = 0.2, ["budget"] = 1_000_000 },
            ["names"] = new JsonArray("a", "b"),
            ["enabled"] = true,
        },
        StartedUtc = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero),
        FinishedUtc = new DateTimeOffset(2025, 1, 2, 3, 6, 7, 9, TimeSpan.Zero),
        WallSeconds = 122.331,
        RowCounts = new Dictionary<string, long> { ["events.parquet"] = 12_345_678_901L, ["flows.parquet"] = 0 },
        CodeVersion = "0.1.0+abc123",
        Host = "test-host",
        Runtime = ".NET test",
    };

    [Fact]
    public void Json_uses_snake_case_keys()
    {
        using var doc = JsonDocument.Parse(Sample().ToJson());
        var keys = doc.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Contains("code_version", keys);
        Assert.Contains("seed", keys);
        Assert.Contains("parameters", keys);
        Assert.Contains("files", keys);
        Assert.All(keys, k => Assert.Matches("^[a-z][a-z0-9_]*$", k));
        Assert.Equal(0xFEDC_BA98_7654_3210UL, doc.RootElement.GetProperty("seed").GetUInt64());
        Assert.Equal(12_345_678_901L, doc.RootElement.GetProperty("files").GetProperty("events.parquet").GetInt64());
        Assert.Equal("0.1.0+abc123", doc.RootElement.GetProperty("code_version").GetString());
    }

    [Fact]
    public void WriteTo_and_Read_round_trip_every_field()
    {
        using var dir = new TempDirectory();
        var original = Sample();

        original.WriteTo(dir.Path);
        Assert.Equal(new[] { RunManifest.FileName }, dir.AllFiles());
        var back = RunManifest.Read(Path.Combine(dir.Path, RunManifest.FileName));

        Assert.Equal(original.Tool, back.Tool);
        Assert.Equal(original.CodeVersion, back.CodeVersion);
        Assert.Equal(original.Scenario, back.Scenario);
        Assert.Equal(original.ScenarioSource, back.ScenarioSource);
        Assert.Equal(original.Seed, back.Seed);
        Assert.Equal(original.Run, back.Run);
        Assert.Equal(original.Ticks, back.Ticks);
        Assert.Equal(original.Overrides, back.Overrides);
        Assert.True(JsonNode.DeepEquals(original.Parameters, back.Parameters), back.Parameters.ToJsonString());
        Assert.Equal(original.StartedUtc, back.StartedUtc);
        Assert.Equal(original.FinishedUtc, back.FinishedUtc);
        Assert.Equal(original.WallSeconds, back.WallSeconds);
        Assert.Equal(original.RowCounts.OrderBy(kv => kv.Key), back.RowCounts.OrderBy(kv => kv.Key));
        Assert.Equal(original.Host, back.Host);
        Assert.Equal(original.Runtime, back.Runtime);
        Assert.Equal(original.ToJson(), back.ToJson());
    }

    [Fact]
    public void Read_rejects_a_manifest_missing_a_required_field()
    {
        using var dir = new TempDirectory();
        var node = JsonNode.Parse(Sample().ToJson())!.AsObject();
        node.Remove("seed");
        string path = Path.Combine(dir.Path, RunManifest.FileName);
        File.WriteAllText(path, node.ToJsonString());
        Assert.Throws<JsonException>(() => RunManifest.Read(path));
    }

    [Fact]
    public void Defaults_are_filled_in()
    {
        var m = new RunManifest
        {
            Scenario = "s", ScenarioSource = "s.yaml", Seed = 1, Ticks = 1, Parameters = new JsonObject(),
            StartedUtc = DateTimeOffset.UnixEpoch, FinishedUtc = DateTimeOffset.UnixEpoch,
            RowCounts = new Dictionary<string, long>(),
        };
        Assert.Equal("tabm", m.Tool);
        Assert.False(string.IsNullOrWhiteSpace(m.CodeVersion));
        Assert.Empty(m.Overrides);
    }
}
