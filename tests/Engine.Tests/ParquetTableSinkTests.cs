using Parquet;
using Parquet.Schema;
using TraffickingAbm.Engine.Output;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Engine.Tests;

public class ParquetTableSinkTests
{
    private static readonly int[] Ints = [0, 1, -1, int.MaxValue, int.MinValue, 42, 7, -100_000, 3, 9];
    private static readonly long[] Longs = [0, long.MaxValue, long.MinValue, 1L << 40, -5, 6, 123_456_789_012_345, 8, -9, 10];
    private static readonly double[] Doubles =
        [0.1, -0.0, double.Epsilon, double.MaxValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.0 / 3, -2.5e-300, 12345.678];
    private static readonly bool[] Bools = [true, false, false, true, true, true, false, true, false, false];
    private static readonly string[] Strings = ["", "a", "seizure", "ñandú", "with,comma", "quote\"d", "line\nbreak", "日本", "a", "zz"];
    // Parquet.Net 6 reports string fields (DataField<string>) with ClrType ReadOnlyMemory<char>.
    private static readonly Type[] ExpectedClrTypes = [typeof(int), typeof(long), typeof(double), typeof(bool), typeof(ReadOnlyMemory<char>)];
    private const int RowGroupSize = 4; // 10 rows → row groups of 4, 4 and 2

    private static (Table Table, Action<int> AddRow) NewTable()
    {
        var table = new Table("flows", "round-trip test", RowGroupSize);
        var i32 = table.Int32("tick", "month", "an int");
        var i64 = table.Int64("agent_id", "-", "a long");
        var f64 = table.Double("amount_kg", "kg", "a double");
        var b = table.Boolean("interdicted", "-", "a bool");
        var s = table.String("route", "-", "a string");
        return (table, row =>
        {
            i32.Append(Ints[row]);
            i64.Append(Longs[row]);
            f64.Append(Doubles[row]);
            b.Append(Bools[row]);
            s.Append(Strings[row]);
            table.EndRow();
        });
    }

    [Fact]
    public async Task Round_trips_every_column_over_several_row_groups()
    {
        using var dir = new TempDirectory();
        string finalPath = Path.Combine(dir.Path, "run", "flows.parquet"); // "run" does not exist yet
        var (table, addRow) = NewTable();
        IReadOnlyDictionary<string, long> counts;
        using (var recorder = new Recorder())
        {
            var sink = new ParquetTableSink(finalPath);
            Assert.Equal(finalPath, sink.FinalPath);
            recorder.Register(table, sink);
            for (int row = 0; row < Ints.Length; row++)
            {
                addRow(row);
                recorder.FlushFull();
            }

            // Two row groups written, nothing under the final name yet: only a temporary file.
            Assert.False(File.Exists(finalPath));
            var pending = dir.AllFiles();
            Assert.Single(pending);
            Assert.EndsWith(".tmp", pending[0]);

            counts = recorder.Complete();
        }

        Assert.Equal(10, counts["flows"]);
        Assert.Equal(new[] { Path.Combine("run", "flows.parquet") }, dir.AllFiles());

        await using var stream = File.OpenRead(finalPath);
        await using var reader = await ParquetReader.CreateAsync(stream);

        DataField[] fields = reader.Schema.DataFields;
        Assert.Equal(new[] { "tick", "agent_id", "amount_kg", "interdicted", "route" }, fields.Select(f => f.Name));
        Assert.Equal(ExpectedClrTypes, fields.Select(f => f.ClrType));
        Assert.All(fields, f => Assert.False(f.IsNullable, $"{f.Name} should be required"));

        // What other readers (Arrow, pandas, DuckDB) see: physical types, REQUIRED, strings annotated as UTF-8.
        var columns = reader.Metadata!.Schema.Skip(1).ToArray(); // element 0 is the root
        Assert.Equal(fields.Select(f => f.Name), columns.Select(c => c.Name));
        Assert.Equal(
            new Parquet.Meta.Type?[] { Parquet.Meta.Type.INT32, Parquet.Meta.Type.INT64, Parquet.Meta.Type.DOUBLE, Parquet.Meta.Type.BOOLEAN, Parquet.Meta.Type.BYTE_ARRAY },
            columns.Select(c => c.Type));
        Assert.All(columns, c => Assert.Equal(Parquet.Meta.FieldRepetitionType.REQUIRED, c.RepetitionType));
        Assert.True(columns[4].LogicalType?.STRING is not null || columns[4].ConvertedType == Parquet.Meta.ConvertedType.UTF8,
            "the string column is not annotated as UTF-8 text");

        Assert.Equal(3, reader.RowGroupCount);
        var ints = new List<int>();
        var longs = new List<long>();
        var doubles = new List<double>();
        var bools = new List<bool>();
        var strings = new List<string>();
        var rowCounts = new List<long>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            int n = checked((int)rg.RowCount);
            rowCounts.Add(n);
            ints.AddRange(await Read<int>(rg, fields[0], n));
            longs.AddRange(await Read<long>(rg, fields[1], n));
            doubles.AddRange(await Read<double>(rg, fields[2], n));
            bools.AddRange(await Read<bool>(rg, fields[3], n));
            var s = new string[n];
            await rg.ReadAsync(fields[4], s);
            strings.AddRange(s);
        }

        Assert.Equal(new long[] { 4, 4, 2 }, rowCounts);
        Assert.Equal(Ints, ints);
        Assert.Equal(Longs, longs);
        // Bit-exact: distinguishes -0.0 from 0.0 and keeps NaN.
        Assert.Equal(Doubles.Select(BitConverter.DoubleToInt64Bits), doubles.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(Bools, bools);
        Assert.Equal(Strings, strings);
    }

    private static async Task<T[]> Read<T>(ParquetRowGroupReader rg, DataField field, int n) where T : struct
    {
        var buffer = new T[n];
        await rg.ReadAsync<T>(field, buffer);
        return buffer;
    }

    [Fact]
    public async Task Complete_with_no_rows_writes_a_valid_empty_file()
    {
        using var dir = new TempDirectory();
        string finalPath = Path.Combine(dir.Path, "empty.parquet");
        var (table, _) = NewTable();
        using (var sink = new ParquetTableSink(finalPath))
            sink.Complete(table);

        Assert.Equal(new[] { "empty.parquet" }, dir.AllFiles());
        await using var stream = File.OpenRead(finalPath);
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(5, reader.Schema.DataFields.Length);
        Assert.Equal(0, reader.RowGroupCount);
    }

    [Fact]
    public void Dispose_without_Complete_leaves_no_file()
    {
        using var dir = new TempDirectory();
        string finalPath = Path.Combine(dir.Path, "flows.parquet");
        var (table, addRow) = NewTable();
        var recorder = new Recorder();
        recorder.Register(table, new ParquetTableSink(finalPath));
        for (int row = 0; row < 9; row++)
        {
            addRow(row);
            recorder.FlushFull();
        }
        Assert.NotEmpty(dir.AllFiles()); // the temporary file holds two row groups

        recorder.Dispose(); // an abandoned run

        Assert.Empty(dir.AllFiles());
    }

    [Fact]
    public void Dispose_before_any_row_group_leaves_no_file()
    {
        using var dir = new TempDirectory();
        new ParquetTableSink(Path.Combine(dir.Path, "never.parquet")).Dispose();
        Assert.Empty(dir.AllFiles());
    }

    [Fact]
    public void Complete_replaces_an_existing_file_and_cannot_run_twice()
    {
        using var dir = new TempDirectory();
        string finalPath = Path.Combine(dir.Path, "flows.parquet");
        File.WriteAllText(finalPath, "stale output");
        var (table, addRow) = NewTable();
        using var sink = new ParquetTableSink(finalPath);
        addRow(0);
        sink.WriteRowGroup(table);
        sink.Complete(table);

        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(finalPath).Take(4).ToArray());
        Assert.Throws<InvalidOperationException>(() => sink.Complete(table));
        Assert.Equal(new[] { "flows.parquet" }, dir.AllFiles());
    }

    [Fact]
    public void Schema_maps_column_types_to_required_fields()
    {
        var (table, _) = NewTable();
        var schema = ParquetTableSink.SchemaOf(table);
        Assert.Equal(ExpectedClrTypes, schema.DataFields.Select(f => f.ClrType));
        Assert.Equal(new[] { "tick", "agent_id", "amount_kg", "interdicted", "route" }, schema.DataFields.Select(f => f.Name));
        Assert.All(schema.DataFields, f => Assert.False(f.IsNullable));
    }
}
