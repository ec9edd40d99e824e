using System.Globalization;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// Where a study's files live (docs/experiments.md): spec.yaml and design.parquet at the top, one folder per
/// table with one Parquet file per chunk of runs (part-NNNNNN.parquet), manifest.json (manifest-shard-I-of-N.json
/// for shards) and index.parquet after a merge. A chunk is finished exactly when its runs part exists: it is
/// renamed into place last.
/// </summary>
public sealed class BatchLayout(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);
    public string SpecFile => Path.Combine(Directory, "spec.yaml");
    public string DesignFile => Path.Combine(Directory, "design.parquet");

    /// <summary>The base scenario's model name, so that merge and diff can re-read spec.yaml without the scenario file.</summary>
    public string ModelFile => Path.Combine(Directory, "model.txt");
    public string IndexFile => Path.Combine(Directory, "index.parquet");

    public string ManifestFile(Shard shard) =>
        Path.Combine(Directory, shard.Count == 1 ? "manifest.json" : $"manifest-shard-{shard.Index}-of-{shard.Count}.json");

    public string Part(string table, int chunk) =>
        Path.Combine(Directory, table, "part-" + chunk.ToString("D6", CultureInfo.InvariantCulture) + ".parquet");

    public bool IsDone(int chunk) => File.Exists(Part("runs", chunk));

    /// <summary>Removes temporary files a killed process left for this chunk (never another chunk's).</summary>
    public void DeleteStaleTemporaries(string table, int chunk)
    {
        string folder = Path.Combine(Directory, table);
        if (!System.IO.Directory.Exists(folder)) return;
        string prefix = Path.GetFileName(Part(table, chunk)) + ".";
        foreach (var f in System.IO.Directory.EnumerateFiles(folder, prefix + "*.tmp")) File.Delete(f);
    }
}

/// <summary>A deterministic 1/N slice of a study: the chunks c with c mod N = I.</summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(0, 1);

    public bool Owns(int chunk) => chunk % Count == Index;

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && i < n)
            return new Shard(i, n);
        throw new SpecException($"--shard {text}: expected I/N with 0 <= I < N, for example --shard 0/4");
    }

    public override string ToString() => $"{Index}/{Count}";
}
