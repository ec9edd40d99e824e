using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// manifest.json: everything needed to reproduce and audit one output folder. Timing fields and the
/// thread count are the only ones that differ between two runs of the same scenario and seed.
/// </summary>
public sealed class RunManifest
{
    public const string FileName = "manifest.json";

    [JsonPropertyName("tool")] public string Tool { get; init; } = "tabm";
    [JsonPropertyName("code_version")] public string CodeVersion { get; init; } = Output.CodeVersion.Current;
    /// <summary>The scenario's <c>model:</c> key.</summary>
    [JsonPropertyName("model")] public string Model { get; init; } = "";
    [JsonPropertyName("scenario")] public required string Scenario { get; init; }
    [JsonPropertyName("scenario_source")] public required string ScenarioSource { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("run")] public int Run { get; init; }
    [JsonPropertyName("ticks")] public required int Ticks { get; init; }
    [JsonPropertyName("overrides")] public IReadOnlyList<string> Overrides { get; init; } = [];
    [JsonPropertyName("parameters")] public required JsonObject Parameters { get; init; }
    [JsonPropertyName("started_utc")] public required DateTimeOffset StartedUtc { get; init; }
    [JsonPropertyName("finished_utc")] public required DateTimeOffset FinishedUtc { get; init; }
    [JsonPropertyName("wall_seconds")] public double WallSeconds { get; init; }
    /// <summary>Threads of the within-run parallel phases (output does not depend on it).</summary>
    [JsonPropertyName("threads")] public int Threads { get; init; } = 1;
    [JsonPropertyName("files")] public required IReadOnlyDictionary<string, long> RowCounts { get; init; }
    [JsonPropertyName("host")] public string Host { get; init; } = Environment.MachineName;
    [JsonPropertyName("runtime")] public string Runtime { get; init; } = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    // Relaxed escaping keeps '+' in code versions readable; the manifest is never embedded in HTML.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public void WriteTo(string directory) => AtomicFile.WriteAllText(Path.Combine(directory, FileName), ToJson());

    public static RunManifest Read(string path) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path}: empty manifest");
}
