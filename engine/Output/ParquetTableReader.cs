using Parquet;
using Parquet.Schema;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// Reads a whole Parquet file written by <see cref="ParquetTableSink"/> (required int32, int64, double,
/// boolean and string columns) into boxed column lists. For analysis, tests and notebooks, not the hot loop.
/// </summary>
public static class ParquetTableReader
{
    public static Dictionary<string, List<object>> ReadAll(string path) => ReadAllAsync(path).GetAwaiter().GetResult();

    public static async Task<Dictionary<string, List<object>>> ReadAllAsync(string path)
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
