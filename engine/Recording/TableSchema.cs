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
        return new TableWriter<TRow>(table, _columns.Select(c => table.Column(c.Name)).ToArray(), _values);
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
/// kept in arrays by type, so a row costs one typed call per column and no lookups.</summary>
public sealed class TableWriter<TRow>
{
    private readonly ValueColumn<int>[] _ints;
    private readonly Func<TRow, int>[] _intValues;
    private readonly ValueColumn<long>[] _longs;
    private readonly Func<TRow, long>[] _longValues;
    private readonly ValueColumn<double>[] _doubles;
    private readonly Func<TRow, double>[] _doubleValues;
    private readonly ValueColumn<bool>[] _bools;
    private readonly Func<TRow, bool>[] _boolValues;
    private readonly StringColumn[] _strings;
    private readonly Func<TRow, string>[] _stringValues;

    /// <param name="columns">The table's columns, in declaration order.</param>
    /// <param name="values">Each column's value function, in the same order.</param>
    internal TableWriter(Table table, Column[] columns, IReadOnlyList<Delegate> values)
    {
        Table = table;
        (_ints, _intValues) = OfType<ValueColumn<int>, Func<TRow, int>>(columns, values);
        (_longs, _longValues) = OfType<ValueColumn<long>, Func<TRow, long>>(columns, values);
        (_doubles, _doubleValues) = OfType<ValueColumn<double>, Func<TRow, double>>(columns, values);
        (_bools, _boolValues) = OfType<ValueColumn<bool>, Func<TRow, bool>>(columns, values);
        (_strings, _stringValues) = OfType<StringColumn, Func<TRow, string>>(columns, values);
    }

    public Table Table { get; }

    public void Append(TRow row)
    {
        for (int i = 0; i < _ints.Length; i++) _ints[i].Append(_intValues[i](row));
        for (int i = 0; i < _longs.Length; i++) _longs[i].Append(_longValues[i](row));
        for (int i = 0; i < _doubles.Length; i++) _doubles[i].Append(_doubleValues[i](row));
        for (int i = 0; i < _bools.Length; i++) _bools[i].Append(_boolValues[i](row));
        for (int i = 0; i < _strings.Length; i++) _strings[i].Append(_stringValues[i](row));
        Table.EndRow();
    }

    /// <summary>The columns whose value function is a <typeparamref name="TValue"/>, with those functions.</summary>
    private static (TColumn[], TValue[]) OfType<TColumn, TValue>(Column[] columns, IReadOnlyList<Delegate> values)
        where TColumn : Column where TValue : Delegate
    {
        int[] at = Enumerable.Range(0, columns.Length).Where(i => values[i] is TValue).ToArray();
        return (at.Select(i => (TColumn)columns[i]).ToArray(), at.Select(i => (TValue)values[i]).ToArray());
    }
}
