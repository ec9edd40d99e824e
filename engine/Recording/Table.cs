namespace TraffickingAbm.Engine.Recording;

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

    /// <summary>Buffers start small and double as rows arrive, up to a row group; a table of a few rows stays small.</summary>
    private int InitialCapacity => Math.Min(RowGroupSize, 256);

    /// <summary>Rows buffered and not yet flushed.</summary>
    public int BufferedRows { get; private set; }

    /// <summary>Rows flushed to the sink so far plus rows buffered.</summary>
    public long TotalRows { get; private set; }

    public ValueColumn<int> Int32(string name, string unit, string description) => Add(new ValueColumn<int>(name, ColumnType.Int32, unit, description, InitialCapacity));
    public ValueColumn<long> Int64(string name, string unit, string description) => Add(new ValueColumn<long>(name, ColumnType.Int64, unit, description, InitialCapacity));
    public ValueColumn<double> Double(string name, string unit, string description) => Add(new ValueColumn<double>(name, ColumnType.Double, unit, description, InitialCapacity));
    public ValueColumn<bool> Boolean(string name, string unit, string description) => Add(new ValueColumn<bool>(name, ColumnType.Boolean, unit, description, InitialCapacity));
    public StringColumn String(string name, string unit, string description) => Add(new StringColumn(name, unit, description, InitialCapacity));

    /// <summary>Adds a declared column (see <see cref="TableSchema"/>).</summary>
    public Column Declare(ColumnDeclaration c) => c.Type switch
    {
        ColumnType.Int32 => Int32(c.Name, c.Unit, c.Meaning),
        ColumnType.Int64 => Int64(c.Name, c.Unit, c.Meaning),
        ColumnType.Double => Double(c.Name, c.Unit, c.Meaning),
        ColumnType.Boolean => Boolean(c.Name, c.Unit, c.Meaning),
        _ => String(c.Name, c.Unit, c.Meaning),
    };

    /// <summary>The column of that name.</summary>
    public Column Column(string name) => _columns.Find(c => c.Name == name) ?? throw new KeyNotFoundException($"table '{Name}' has no column '{name}'");

    /// <summary>The buffered values of a numeric column (rows not yet flushed), e.g. to read a run kept in memory.</summary>
    public ReadOnlyMemory<T> Values<T>(string name) where T : unmanaged =>
        Column(name) is ValueColumn<T> c ? c.Values : throw new InvalidOperationException($"table '{Name}': column '{name}' is not of type {typeof(T).Name}");

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
