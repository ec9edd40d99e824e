using Parquet;
using Parquet.Schema;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// Writes a <see cref="Table"/> to one Parquet file (Parquet.Net, Snappy), one row group per flush.
/// Rows go to a temporary file that is renamed to the final path only on <see cref="Complete"/>;
/// disposing an incomplete sink deletes the temporary file.
/// </summary>
public sealed class ParquetTableSink : ITableSink
{
    private readonly string _finalPath;
    private readonly string _tempPath;
    private FileStream? _stream;
    private ParquetWriter? _writer;
    private ParquetSchema? _schema;
    private bool _completed;

    public ParquetTableSink(string finalPath)
    {
        _finalPath = Path.GetFullPath(finalPath);
        _tempPath = AtomicFile.TemporaryPathFor(_finalPath);
    }

    public string FinalPath => _finalPath;

    /// <summary>Writes a whole in-memory table (its buffered rows as one row group) to <paramref name="path"/>, atomically.</summary>
    public static void WriteTable(Table table, string path)
    {
        using var sink = new ParquetTableSink(path);
        if (table.BufferedRows > 0) sink.WriteRowGroup(table);
        sink.Complete(table);
    }

    public void WriteRowGroup(Table table)
    {
        EnsureOpen(table);
        using var rowGroup = _writer!.CreateRowGroup();
        var fields = _schema!.DataFields;
        for (int i = 0; i < table.Columns.Count; i++)
            WriteColumn(rowGroup, fields[i], table.Columns[i]).GetAwaiter().GetResult();
        rowGroup.CompleteValidate();
    }

    public void Complete(Table table)
    {
        if (_completed) throw new InvalidOperationException($"{_finalPath} is already complete");
        EnsureOpen(table);
        _writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer = null;
        // No fsync: the rename makes the file appear whole to any process, which is what a killed and
        // resumed batch needs; fsync (power-loss durability) serialized parallel writers on every part.
        _stream!.Flush();
        _stream.Dispose();
        _stream = null;
        File.Move(_tempPath, _finalPath, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed) return;
        try { _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult(); } catch (Exception) { /* abandoning anyway */ }
        _stream?.Dispose();
        AtomicFile.TryDelete(_tempPath);
    }

    /// <summary>The Parquet schema that a table's columns map to (all columns required, i.e. non-null).</summary>
    public static ParquetSchema SchemaOf(Table table) =>
        new(table.Columns.Select(c => (Field)(c.Type switch
        {
            ColumnType.Int32 => new DataField<int>(c.Name),
            ColumnType.Int64 => new DataField<long>(c.Name),
            ColumnType.Double => new DataField<double>(c.Name),
            ColumnType.Boolean => new DataField<bool>(c.Name),
            ColumnType.String => new DataField<string>(c.Name, nullable: false),
            _ => throw new NotSupportedException(c.Type.ToString()),
        })).ToArray());

    private void EnsureOpen(Table table)
    {
        if (_writer is not null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_finalPath)!);
        _schema = SchemaOf(table);
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.ReadWrite);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        _writer = ParquetWriter.CreateAsync(_schema, _stream, options).GetAwaiter().GetResult();
    }

    private static Task WriteColumn(ParquetRowGroupWriter rowGroup, DataField field, Column column) => column switch
    {
        ValueColumn<int> c => rowGroup.WriteAsync(field, c.Values),
        ValueColumn<long> c => rowGroup.WriteAsync(field, c.Values),
        ValueColumn<double> c => rowGroup.WriteAsync(field, c.Values),
        ValueColumn<bool> c => rowGroup.WriteAsync(field, c.Values),
        StringColumn c => rowGroup.WriteAsync(field, c.Values.ToArray()),
        _ => throw new NotSupportedException(column.GetType().Name),
    };
}
