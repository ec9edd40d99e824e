using System.Globalization;
using TraffickingAbm.Engine.Output;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// Whether two batch folders hold the same rows: design.parquet and every table's parts, compared as
/// multisets of rows (file boundaries and row order do not matter). Used to check shards against an
/// unsharded run and a resumed batch against an uninterrupted one.
/// </summary>
public static class BatchDiff
{
    /// <summary>The table folders of a batch output (whatever tables its model wrote).</summary>
    private static IEnumerable<string> TablesIn(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>() : [];

    public static List<string> Differences(string a, string b)
    {
        var messages = new List<string>();
        Compare("design", Rows(Path.Combine(a, "design.parquet")), Rows(Path.Combine(b, "design.parquet")), messages);
        foreach (string table in TablesIn(a).Union(TablesIn(b)).Order(StringComparer.Ordinal))
            Compare(table, TableRows(a, table), TableRows(b, table), messages);
        return messages;
    }

    private static void Compare(string table, List<string> a, List<string> b, List<string> messages)
    {
        if (a.Count != b.Count) { messages.Add($"{table}: {a.Count} rows vs {b.Count} rows"); return; }
        a.Sort(StringComparer.Ordinal);
        b.Sort(StringComparer.Ordinal);
        int differ = 0;
        for (int i = 0; i < a.Count; i++) if (a[i] != b[i]) differ++;
        if (differ > 0) messages.Add($"{table}: {differ} of {a.Count} rows differ");
    }

    private static List<string> TableRows(string dir, string table)
    {
        string folder = Path.Combine(dir, table);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "part-*.parquet").Order(StringComparer.Ordinal).SelectMany(Rows).ToList();
    }

    private static List<string> Rows(string path)
    {
        if (!File.Exists(path)) return [];
        var columns = ParquetTableReader.ReadAll(path);
        var names = columns.Keys.Order(StringComparer.Ordinal).ToList();
        int n = names.Count == 0 ? 0 : columns[names[0]].Count;
        var rows = new List<string>(n);
        for (int i = 0; i < n; i++)
            rows.Add(string.Join('\u001f', names.Select(c => Format(columns[c][i]))));
        return rows;
    }

    private static string Format(object v) => v switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
