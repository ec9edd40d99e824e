using Parquet;
using Parquet.Schema;

namespace TraffickingAbm.Models.Tests;

/// <summary>Reads a whole Parquet file into columns of boxed values, for content comparisons in tests.</summary>
internal static class ParquetContent
{
    public static Dictionary<string, List<object>> Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    public static double[] Doubles(Dictionary<string, List<object>> table, string column) =>
        table[column].Select(v => (double)v).ToArray();

    public static int[] Ints(Dictionary<string, List<object>> table, string column) =>
        table[column].Select(v => (int)v).ToArray();

    private static async Task<Dictionary<string, List<object>>> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var columns = reader.Schema.DataFields.ToDictionary(f => f.Name, _ => new List<object>());
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            int n = checked((int)rowGroup.RowCount);
            foreach (DataField field in reader.Schema.DataFields)
                columns[field.Name].AddRange(await ReadColumn(rowGroup, field, n));
        }
        return columns;
    }

    private static async Task<IEnumerable<object>> ReadColumn(ParquetRowGroupReader rowGroup, DataField field, int n)
    {
        if (field.ClrType == typeof(int)) { var b = new int[n]; await rowGroup.ReadAsync<int>(field, b); return b.Cast<object>(); }
        if (field.ClrType == typeof(long)) { var b = new long[n]; await rowGroup.ReadAsync<long>(field, b); return b.Cast<object>(); }
        if (field.ClrType == typeof(double)) { var b = new double[n]; await rowGroup.ReadAsync<double>(field, b); return b.Cast<object>(); }
        if (field.ClrType == typeof(bool)) { var b = new bool[n]; await rowGroup.ReadAsync<bool>(field, b); return b.Cast<object>(); }
        var s = new string[n];
        await rowGroup.ReadAsync(field, s);
        return s;
    }
}
