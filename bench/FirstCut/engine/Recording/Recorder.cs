namespace TraffickingAbm.FirstCut.Engine.Recording;

/// <summary>
/// Owns a run's output tables and their sinks. Flushes a table when its buffer holds a full row group,
/// and everything at <see cref="Complete"/>. Disposing without completing abandons the outputs
/// (file sinks delete their temporary files), so a failed run never leaves a file under a final name.
/// </summary>
public sealed class Recorder : IDisposable
{
    private readonly List<(Table Table, ITableSink Sink)> _tables = new();
    private bool _completed;

    public IReadOnlyList<Table> Tables => _tables.ConvertAll(t => t.Table);

    public void Register(Table table, ITableSink sink)
    {
        if (_tables.Exists(t => t.Table.Name == table.Name)) throw new ArgumentException($"table '{table.Name}' is already registered");
        _tables.Add((table, sink));
    }

    /// <summary>Call after each tick: writes out any table whose buffer has reached its row-group size.</summary>
    public void FlushFull()
    {
        foreach (var (table, sink) in _tables)
            if (table.IsFull) Flush(table, sink);
    }

    /// <summary>Writes the remaining rows and completes every sink. Returns the row count per table.</summary>
    public IReadOnlyDictionary<string, long> Complete()
    {
        if (_completed) throw new InvalidOperationException("the recorder is already complete");
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, sink) in _tables)
        {
            if (table.BufferedRows > 0) Flush(table, sink);
            sink.Complete(table);
            counts[table.Name] = table.TotalRows;
        }
        _completed = true;
        return counts;
    }

    public void Dispose()
    {
        foreach (var (_, sink) in _tables) sink.Dispose();
    }

    private static void Flush(Table table, ITableSink sink)
    {
        sink.WriteRowGroup(table);
        table.ClearBuffer();
    }
}
