namespace TraffickingAbm.FirstCut.Engine.Recording;

/// <summary>
/// A tidy output table buffered in columns. The model declares its columns once, appends one value
/// per column for each row and calls <see cref="EndRow"/>; a <see cref="Recorder"/> flushes the buffer
/// to a sink as a row group when it is full, then reuses the arrays (no per-tick allocation).
/// </summary>
public sealed class Table(string name, string description, int rowGroupSize = Table.DefaultRowGroupSize)
{
    public const int DefaultRowGroupSize = 65_536;
    private readonly List<Column> _columns = new();

    public string Name { get; } = name;
    public string Description { get; } = description;
    public int RowGroupSize { get; } = rowGroupSize > 0 ? rowGroupSize : throw new ArgumentOutOfRangeException(nameof(rowGroupSize));
    public IReadOnlyList<Column> Columns => _columns;

    /// <summary>Rows buffered and not yet flushed.</summary>
    public int BufferedRows { get; private set; }

    /// <summary>Rows flushed to the sink so far plus rows buffered.</summary>
    public long TotalRows { get; private set; }

    public ValueColumn<int> Int32(string name, string unit, string description) => Add(new ValueColumn<int>(name, ColumnType.Int32, unit, description, RowGroupSize));
    public ValueColumn<long> Int64(string name, string unit, string description) => Add(new ValueColumn<long>(name, ColumnType.Int64, unit, description, RowGroupSize));
    public ValueColumn<double> Double(string name, string unit, string description) => Add(new ValueColumn<double>(name, ColumnType.Double, unit, description, RowGroupSize));
    public ValueColumn<bool> Boolean(string name, string unit, string description) => Add(new ValueColumn<bool>(name, ColumnType.Boolean, unit, description, RowGroupSize));
    public StringColumn String(string name, string unit, string description) => Add(new StringColumn(name, unit, description, RowGroupSize));

    /// <summary>Closes the current row; every column must have received exactly one value.</summary>
    public void EndRow()
    {
        int expected = BufferedRows + 1;
        foreach (var c in _columns)
            if (c.Count != expected)
                throw new InvalidOperationException($"table '{Name}': column '{c.Name}' has {c.Count} values, expected {expected}");
        BufferedRows = expected;
        TotalRows++;
    }

    public bool IsFull => BufferedRows >= RowGroupSize;

    internal void ClearBuffer()
    {
        foreach (var c in _columns) c.Clear();
        BufferedRows = 0;
    }

    private TColumn Add<TColumn>(TColumn column) where TColumn : Column
    {
        if (TotalRows > 0) throw new InvalidOperationException($"table '{Name}': columns must be declared before the first row");
        if (_columns.Exists(c => c.Name == column.Name)) throw new ArgumentException($"table '{Name}' already has a column '{column.Name}'");
        _columns.Add(column);
        return column;
    }
}
