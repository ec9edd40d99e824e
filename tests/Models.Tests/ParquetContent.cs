namespace TraffickingAbm.Models.Tests;

/// <summary>Reads a whole Parquet file into columns of boxed values, for content comparisons in tests.</summary>
internal static class ParquetContent
{
    public static Dictionary<string, List<object>> Read(string path) => TraffickingAbm.Engine.Output.ParquetTableReader.ReadAll(path);

    public static double[] Doubles(Dictionary<string, List<object>> table, string column) =>
        table[column].Select(v => (double)v).ToArray();

    public static int[] Ints(Dictionary<string, List<object>> table, string column) =>
        table[column].Select(v => (int)v).ToArray();
}
