using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Engine.Tests;

public class TableTests
{
    [Fact]
    public void EndRow_throws_when_a_column_has_no_value()
    {
        var table = new Table("events", "test");
        var tick = table.Int32("tick", "month", "tick");
        table.Double("amount", "kg", "amount");

        tick.Append(0);
        var ex = Assert.Throws<InvalidOperationException>(table.EndRow);
        Assert.Contains("amount", ex.Message);
        Assert.Equal(0, table.TotalRows);
    }

    [Fact]
    public void EndRow_throws_when_a_column_has_two_values()
    {
        var table = new Table("events", "test");
        var tick = table.Int32("tick", "month", "tick");
        tick.Append(0);
        tick.Append(1);
        Assert.Throws<InvalidOperationException>(table.EndRow);
    }

    [Fact]
    public void EndRow_counts_complete_rows()
    {
        var table = new Table("events", "test");
        var tick = table.Int32("tick", "month", "tick");
        var kind = table.String("kind", "-", "event kind");
        for (int i = 0; i < 3; i++)
        {
            tick.Append(i);
            kind.Append("k" + i);
            table.EndRow();
        }
        Assert.Equal(3, table.BufferedRows);
        Assert.Equal(3, table.TotalRows);
        Assert.Equal(new[] { 0, 1, 2 }, tick.Values.ToArray());
        Assert.Equal(new[] { "k0", "k1", "k2" }, kind.Values);
    }

    [Fact]
    public void Declaring_a_column_after_the_first_row_throws()
    {
        var table = new Table("events", "test");
        var tick = table.Int32("tick", "month", "tick");
        tick.Append(0);
        table.EndRow();

        Assert.Throws<InvalidOperationException>(() => table.Double("late", "-", "too late"));
        Assert.Single(table.Columns);
    }

    [Fact]
    public void Duplicate_column_name_throws()
    {
        var table = new Table("events", "test");
        table.Int32("tick", "month", "tick");
        Assert.Throws<ArgumentException>(() => table.Int64("tick", "month", "again"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Row_group_size_must_be_positive(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Table("t", "test", size));
    }

    [Fact]
    public void Columns_keep_declared_types_and_metadata()
    {
        var table = new Table("t", "test");
        table.Int32("a", "u1", "d1");
        table.Int64("b", "u2", "d2");
        table.Double("c", "u3", "d3");
        table.Boolean("d", "u4", "d4");
        table.String("e", "u5", "d5");
        Assert.Equal(
            new[] { ColumnType.Int32, ColumnType.Int64, ColumnType.Double, ColumnType.Boolean, ColumnType.String },
            table.Columns.Select(c => c.Type));
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, table.Columns.Select(c => c.Name));
        Assert.Equal("u4", table.Columns[3].Unit);
        Assert.Equal("d5", table.Columns[4].Description);
    }
}

public class RecorderTests
{
    /// <summary>Remembers what it was given: per row group the tick values, and how often it was completed/disposed.</summary>
    private sealed class CountingSink : ITableSink
    {
        public List<int[]> RowGroups { get; } = new();
        public int Completions { get; private set; }
        public int Disposals { get; private set; }

        public void WriteRowGroup(Table table)
        {
            var ticks = (ValueColumn<int>)table.Columns[0];
            Assert.Equal(table.BufferedRows, ticks.Count);
            RowGroups.Add(ticks.Values.ToArray());
        }

        public void Complete(Table table) => Completions++;
        public void Dispose() => Disposals++;
    }

    private static (Table Table, ValueColumn<int> Tick) NewTable(string name, int rowGroupSize)
    {
        var table = new Table(name, "test", rowGroupSize);
        return (table, table.Int32("tick", "month", "tick"));
    }

    private static void AddRows(Recorder recorder, Table table, ValueColumn<int> tick, int from, int count)
    {
        for (int i = from; i < from + count; i++)
        {
            tick.Append(i);
            table.EndRow();
            recorder.FlushFull();
        }
    }

    [Fact]
    public void Flushes_a_table_when_it_reaches_its_row_group_size()
    {
        var (table, tick) = NewTable("t", rowGroupSize: 3);
        var sink = new CountingSink();
        using var recorder = new Recorder();
        recorder.Register(table, sink);

        AddRows(recorder, table, tick, 0, 2);
        Assert.Empty(sink.RowGroups);

        AddRows(recorder, table, tick, 2, 1);
        Assert.Single(sink.RowGroups);
        Assert.Equal(0, table.BufferedRows);
        Assert.Equal(3, table.TotalRows);

        AddRows(recorder, table, tick, 3, 4);
        Assert.Equal(2, sink.RowGroups.Count);
        Assert.Equal(1, table.BufferedRows);
        Assert.Equal(0, sink.Completions);
    }

    [Fact]
    public void Complete_flushes_the_rest_completes_each_sink_once_and_returns_row_counts()
    {
        var (a, aTick) = NewTable("b_table", rowGroupSize: 3);
        var (b, bTick) = NewTable("a_table", rowGroupSize: 4);
        var (c, _) = NewTable("empty", rowGroupSize: 2);
        var sinkA = new CountingSink();
        var sinkB = new CountingSink();
        var sinkC = new CountingSink();
        var recorder = new Recorder();
        recorder.Register(a, sinkA);
        recorder.Register(b, sinkB);
        recorder.Register(c, sinkC);

        AddRows(recorder, a, aTick, 0, 7); // 3 + 3 + 1
        AddRows(recorder, b, bTick, 100, 8); // 4 + 4, nothing left

        var counts = recorder.Complete();

        Assert.Equal(new[] { new[] { 0, 1, 2 }, new[] { 3, 4, 5 }, new[] { 6 } }, sinkA.RowGroups);
        Assert.Equal(new[] { new[] { 100, 101, 102, 103 }, new[] { 104, 105, 106, 107 } }, sinkB.RowGroups);
        Assert.Empty(sinkC.RowGroups);
        Assert.Equal(1, sinkA.Completions);
        Assert.Equal(1, sinkB.Completions);
        Assert.Equal(1, sinkC.Completions);
        Assert.Equal(
            new[] { new KeyValuePair<string, long>("a_table", 8), new("b_table", 7), new("empty", 0) },
            counts.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(3, recorder.Tables.Count);

        recorder.Dispose();
        Assert.Equal(1, sinkA.Disposals);
    }

    [Fact]
    public void Complete_twice_throws()
    {
        var (table, tick) = NewTable("t", rowGroupSize: 2);
        var sink = new CountingSink();
        using var recorder = new Recorder();
        recorder.Register(table, sink);
        AddRows(recorder, table, tick, 0, 3);

        recorder.Complete();
        Assert.Throws<InvalidOperationException>(() => recorder.Complete());
        Assert.Equal(1, sink.Completions);
        Assert.Equal(2, sink.RowGroups.Count);
    }

    [Fact]
    public void Registering_two_tables_with_the_same_name_throws()
    {
        using var recorder = new Recorder();
        recorder.Register(new Table("t", "first"), new NullSink());
        Assert.Throws<ArgumentException>(() => recorder.Register(new Table("t", "second"), new NullSink()));
    }

    [Fact]
    public void Dispose_disposes_every_sink()
    {
        var sinks = new[] { new CountingSink(), new CountingSink() };
        var recorder = new Recorder();
        recorder.Register(new Table("x", "test"), sinks[0]);
        recorder.Register(new Table("y", "test"), sinks[1]);
        recorder.Dispose();
        Assert.All(sinks, s => Assert.Equal(1, s.Disposals));
        Assert.All(sinks, s => Assert.Equal(0, s.Completions));
    }
}
