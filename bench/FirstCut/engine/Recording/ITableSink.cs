namespace TraffickingAbm.FirstCut.Engine.Recording;

/// <summary>Where a table's rows go. A sink receives row groups in order and is completed exactly once.</summary>
public interface ITableSink : IDisposable
{
    /// <summary>Writes the table's buffered rows as one row group.</summary>
    void WriteRowGroup(Table table);

    /// <summary>Finishes the output (for files: makes it appear under its final name).</summary>
    void Complete(Table table);
}

/// <summary>Discards rows; for benchmarks and runs whose output nobody reads.</summary>
public sealed class NullSink : ITableSink
{
    public void WriteRowGroup(Table table) { }
    public void Complete(Table table) { }
    public void Dispose() { }
}
