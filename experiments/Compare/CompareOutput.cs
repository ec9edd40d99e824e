using System.Text.Json;
using System.Text.Json.Nodes;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Runs;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// Writes a comparison's output folder: the three Parquet tables, delivered.png and, last, manifest.json.
/// Every file is written under a temporary name and renamed when complete.
/// </summary>
public static class CompareOutput
{
    public const string ManifestFile = "manifest.json";

    public sealed record Written(string Directory, IReadOnlyDictionary<string, long> RowCounts, IReadOnlyList<CompareSummaryRow> Summary);

    public static Written Write(string directory, Scenario baseScenario, CompareResult result, int threads, DateTimeOffset started, TimeSpan elapsed)
    {
        using var folderLock = OutputFolderLock.Acquire(directory); // one writer per folder
        var summary = CompareStatistics.Summarize(result.Runs);
        var rows = CompareParquet.Write(directory, result.Runs, result.Ticks, summary);
        WriteAllBytes(Path.Combine(directory, CompareFigure.FileName), CompareFigure.Png(result.Ticks, result.InterventionMonth, result.Replications));

        var manifest = new JsonObject
        {
            ["tool"] = "tabm compare",
            ["code_version"] = CodeVersion.Current,
            ["scenario"] = baseScenario.Name,
            ["scenario_source"] = baseScenario.Source,
            ["replications"] = result.Replications,
            ["seeds"] = new JsonArray(Enumerable.Range(1, result.Replications).Select(s => (JsonNode)JsonValue.Create((ulong)s)).ToArray()),
            ["model"] = baseScenario.Model.Name,
            ["ticks"] = baseScenario.Ticks,
            ["intervention_month"] = result.InterventionMonth,
            ["overrides"] = new JsonArray(baseScenario.Overrides.Select(o => (JsonNode)JsonValue.Create(o)).ToArray()),
            ["strategies"] = new JsonArray(result.Strategies.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["overrides"] = new JsonArray(s.Overrides.Select(o => (JsonNode)JsonValue.Create(o)).ToArray()),
            }).ToArray()),
            ["reference_strategy"] = CompareStrategy.Reference,
            ["parameters"] = baseScenario.Parameters.ToJson(),
            ["threads"] = threads,
            ["started_utc"] = started,
            ["finished_utc"] = DateTimeOffset.UtcNow,
            ["wall_seconds"] = elapsed.TotalSeconds,
            ["files"] = new JsonObject(rows.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["figure"] = new JsonObject { ["file"] = CompareFigure.FileName, ["width"] = CompareFigure.Width, ["height"] = CompareFigure.Height },
            ["host"] = Environment.MachineName,
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        AtomicFile.WriteAllText(Path.Combine(directory, ManifestFile), manifest.ToJsonString(options));
        return new Written(Path.GetFullPath(directory), rows, summary);
    }

    /// <summary>Like <see cref="AtomicFile.WriteAllText"/>, for bytes.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        string tmp = AtomicFile.TemporaryPathFor(path);
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write))
            {
                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
            }
            File.Move(tmp, path, overwrite: true);
        }
        catch
        {
            AtomicFile.TryDelete(tmp);
            throw;
        }
    }
}
