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
    private readonly List<Delegate> _values = new(); // Func<TRow, T> per column, T by the column's type

    public override IReadOnlyList<ColumnDeclaration> Columns => _columns;

    public TableSchema<TRow> Int32(string name, string unit, string meaning, Func<TRow, int> value) => Add(new(name, ColumnType.Int32, unit, meaning), value);
    public TableSchema<TRow> Int64(string name, string unit, string meaning, Func<TRow, long> value) => Add(new(name, ColumnType.Int64, unit, meaning), value);
    public TableSchema<TRow> Double(string name, string unit, string meaning, Func<TRow, double> value) => Add(new(name, ColumnType.Double, unit, meaning), value);
    public TableSchema<TRow> Boolean(string name, string unit, string meaning, Func<TRow, bool> value) => Add(new(name, ColumnType.Boolean, unit, meaning), value);
    public TableSchema<TRow> String(string name, string unit, string meaning, Func<TRow, string> value) => Add(new(name, ColumnType.String, unit, meaning), value);

    /// <summary>A new, empty table of this schema and the writer that appends rows to it.</summary>
    public TableWriter<TRow> CreateWriter()
    {
        var table = CreateEmpty();
        var writer = new TableWriter<TRow>(table);
        for (int i = 0; i < _columns.Count; i++)
        {
            var column = table.Column(_columns[i].Name);
            switch (_values[i])
            {
                case Func<TRow, int> f: writer.Ints.Add(((ValueColumn<int>)column, f)); break;
                case Func<TRow, long> f: writer.Longs.Add(((ValueColumn<long>)column, f)); break;
                case Func<TRow, double> f: writer.Doubles.Add(((ValueColumn<double>)column, f)); break;
                case Func<TRow, bool> f: writer.Bools.Add(((ValueColumn<bool>)column, f)); break;
                case Func<TRow, string> f: writer.Strings.Add(((StringColumn)column, f)); break;
            }
        }
        writer.Seal();
        return writer;
    }

    private TableSchema<TRow> Add(ColumnDeclaration column, Delegate value)
    {
        if (_columns.Exists(c => c.Name == column.Name)) throw new ArgumentException($"table '{Name}' already has a column '{column.Name}'");
        _columns.Add(column);
        _values.Add(value);
        return this;
    }
}

/// <summary>Appends rows to one run's table: every declared column's value, read from the row source. Columns are
/// kept by type so a row costs one typed call per column.</summary>
public sealed class TableWriter<TRow>
{
    internal TableWriter(Table table) => Table = table;

    public Table Table { get; }
    internal List<(ValueColumn<int> Column, Func<TRow, int> Value)> Ints { get; } = new();
    internal List<(ValueColumn<long> Column, Func<TRow, long> Value)> Longs { get; } = new();
    internal List<(ValueColumn<double> Column, Func<TRow, double> Value)> Doubles { get; } = new();
    internal List<(ValueColumn<bool> Column, Func<TRow, bool> Value)> Bools { get; } = new();
    internal List<(StringColumn Column, Func<TRow, string> Value)> Strings { get; } = new();

    private ValueColumn<int>[] _intColumns = [];
    private Func<TRow, int>[] _intValues = [];
    private ValueColumn<double>[] _doubleColumns = [];
    private Func<TRow, double>[] _doubleValues = [];

    /// <summary>Copies the two common kinds into arrays, which the per-row loop reads fastest.</summary>
    internal void Seal()
    {
        _intColumns = Ints.Select(x => x.Column).ToArray();
        _intValues = Ints.Select(x => x.Value).ToArray();
        _doubleColumns = Doubles.Select(x => x.Column).ToArray();
        _doubleValues = Doubles.Select(x => x.Value).ToArray();
    }

    public void Append(TRow row)
    {
        var intColumns = _intColumns;
        var intValues = _intValues;
        for (int i = 0; i < intColumns.Length; i++) intColumns[i].Append(intValues[i](row));
        var doubleColumns = _doubleColumns;
        var doubleValues = _doubleValues;
        for (int i = 0; i < doubleColumns.Length; i++) doubleColumns[i].Append(doubleValues[i](row));
        for (int i = 0; i < Longs.Count; i++) Longs[i].Column.Append(Longs[i].Value(row));
        for (int i = 0; i < Bools.Count; i++) Bools[i].Column.Append(Bools[i].Value(row));
        for (int i = 0; i < Strings.Count; i++) Strings[i].Column.Append(Strings[i].Value(row));
        Table.EndRow();
    }
}
