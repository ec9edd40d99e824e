using System.Text.Json;
using System.Text.Json.Serialization;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>manifest.json of a batch (or of one shard): spec, design regeneration data, code version, host, timing.</summary>
public sealed class BatchManifest
{
    [JsonPropertyName("tool")] public string Tool { get; init; } = "tabm batch";
    [JsonPropertyName("code_version")] public string CodeVersion { get; init; } = Engine.Output.CodeVersion.Current;
    [JsonPropertyName("spec")] public required string Spec { get; init; }
    [JsonPropertyName("spec_text")] public required string SpecText { get; init; }
    [JsonPropertyName("sampler")] public required string Sampler { get; init; }
    [JsonPropertyName("sample_size")] public int SampleSize { get; init; }
    [JsonPropertyName("seed")] public ulong Seed { get; init; }
    [JsonPropertyName("total_runs")] public int TotalRuns { get; init; }
    [JsonPropertyName("shard")] public required string Shard { get; init; }
    [JsonPropertyName("shard_runs")] public int ShardRuns { get; init; }
    [JsonPropertyName("runs_completed_now")] public int RunsCompletedNow { get; init; }
    [JsonPropertyName("runs_failed")] public int RunsFailed { get; init; }
    [JsonPropertyName("threads")] public int Threads { get; init; }
    [JsonPropertyName("host")] public string Host { get; init; } = Environment.MachineName;
    [JsonPropertyName("started_utc")] public DateTimeOffset StartedUtc { get; init; }
    [JsonPropertyName("finished_utc")] public DateTimeOffset FinishedUtc { get; init; }
    [JsonPropertyName("wall_seconds")] public double WallSeconds { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
