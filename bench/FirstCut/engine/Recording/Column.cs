namespace TraffickingAbm.FirstCut.Engine.Recording;

/// <summary>The value types a table column may hold; each maps to one Parquet physical type.</summary>
public enum ColumnType { Int32, Int64, Double, Boolean, String }

/// <summary>
/// One column of a <see cref="Table"/>: a name (snake_case), a type, a unit and a meaning, and a
/// growable buffer of values. Typed subclasses avoid boxing in the hot loop.
/// </summary>
public abstract class Column(string name, ColumnType type, string unit, string description)
{
    public string Name { get; } = name;
    public ColumnType Type { get; } = type;
    public string Unit { get; } = unit;
    public string Description { get; } = description;
    public abstract int Count { get; }
    public abstract void Clear();
}

/// <summary>A column of unmanaged values (int, long, double, bool) in one reusable array.</summary>
public sealed class ValueColumn<T>(string name, ColumnType type, string unit, string description, int capacity)
    : Column(name, type, unit, description) where T : unmanaged
{
    private T[] _values = new T[Math.Max(capacity, 16)];
    private int _count;

    public override int Count => _count;
    public ReadOnlyMemory<T> Values => _values.AsMemory(0, _count);

    public void Append(T value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[_count++] = value;
    }

    public override void Clear() => _count = 0;
}

/// <summary>A column of strings. Intended for low-cardinality labels (event kinds, scenario names).</summary>
public sealed class StringColumn(string name, string unit, string description, int capacity)
    : Column(name, ColumnType.String, unit, description)
{
    private readonly List<string> _values = new(Math.Max(capacity, 16));

    public override int Count => _values.Count;
    public IReadOnlyList<string> Values => _values;
    public void Append(string value) => _values.Add(value);
    public override void Clear() => _values.Clear();
}
