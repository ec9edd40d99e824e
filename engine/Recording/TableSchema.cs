namespace TraffickingAbm.Engine.Recording;

/// <summary>A declared column: name (snake_case), type, unit and meaning. The schema, the Parquet file and
/// docs/output-schema.md all come from it.</summary>
public sealed record ColumnDeclaration(string Name, ColumnType Type, string Unit, string Meaning);

/// <summary>
/// An output table declared once: its name, meaning and columns. <see cref="TableSchema{TRow}"/> adds the code
/// that fills each column. An empty <see cref="Table"/> of the schema (for a file of no rows) comes from
/// <see cref="CreateEmpty"/>, so writers never need a run to know a table's columns.
/// </summary>
public abstract class TableSchema(string name, string description)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public abstract IReadOnlyList<ColumnDeclaration> Columns { get; }

    /// <summary>A table with this schema's columns and no rows.</summary>
    public Table CreateEmpty()
    {
        var table = new Table(Name, Description);
        foreach (var c in Columns) table.Declare(c);
        return table;
    }
}

/// <summary>
/// A table whose every column is declared with the function that reads its value from a row source
/// <typeparamref name="TRow"/> (as Mesa's DataCollector reporters are). Declare columns once, in a static field
/// next to the code that produces the rows; each run makes a <see cref="TableWriter{TRow}"/>.
/// </summary>
public sealed class TableSchema<TRow>(string name, string description) : TableSchema(name, description)
{
    private readonly List<ColumnDeclaration> _columns = new();
    private readonly List<Func<Table, Action<TRow>>> _binders = new();

    public override IReadOnlyList<ColumnDeclaration> Columns => _columns;

    public TableSchema<TRow> Int32(string name, string unit, string meaning, Func<TRow, int> value) =>
        Add(new(name, ColumnType.Int32, unit, meaning), t => { var c = (ValueColumn<int>)t.Column(name); return row => c.Append(value(row)); });

    public TableSchema<TRow> Int64(string name, string unit, string meaning, Func<TRow, long> value) =>
        Add(new(name, ColumnType.Int64, unit, meaning), t => { var c = (ValueColumn<long>)t.Column(name); return row => c.Append(value(row)); });

    public TableSchema<TRow> Double(string name, string unit, string meaning, Func<TRow, double> value) =>
        Add(new(name, ColumnType.Double, unit, meaning), t => { var c = (ValueColumn<double>)t.Column(name); return row => c.Append(value(row)); });

    public TableSchema<TRow> Boolean(string name, string unit, string meaning, Func<TRow, bool> value) =>
        Add(new(name, ColumnType.Boolean, unit, meaning), t => { var c = (ValueColumn<bool>)t.Column(name); return row => c.Append(value(row)); });

    public TableSchema<TRow> String(string name, string unit, string meaning, Func<TRow, string> value) =>
        Add(new(name, ColumnType.String, unit, meaning), t => { var c = (StringColumn)t.Column(name); return row => c.Append(value(row)); });

    /// <summary>A new, empty table of this schema and the writer that appends rows to it.</summary>
    public TableWriter<TRow> CreateWriter()
    {
        var table = CreateEmpty();
        return new TableWriter<TRow>(table, _binders.Select(b => b(table)).ToArray());
    }

    private TableSchema<TRow> Add(ColumnDeclaration column, Func<Table, Action<TRow>> binder)
    {
        if (_columns.Exists(c => c.Name == column.Name)) throw new ArgumentException($"table '{Name}' already has a column '{column.Name}'");
        _columns.Add(column);
        _binders.Add(binder);
        return this;
    }
}

/// <summary>Appends rows to one run's table: every declared column's value, read from the row source.</summary>
public sealed class TableWriter<TRow>
{
    private readonly Action<TRow>[] _append;

    internal TableWriter(Table table, Action<TRow>[] append)
    {
        Table = table;
        _append = append;
    }

    public Table Table { get; }

    public void Append(TRow row)
    {
        foreach (var append in _append) append(row);
        Table.EndRow();
    }
}
