using System.Text;

namespace TraffickingAbm.Engine.Recording;

/// <summary>The column tables of docs/output-schema.md, generated from the declarations.</summary>
public static class TableDocs
{
    public static string ColumnTable(TableSchema schema)
    {
        var b = new StringBuilder();
        b.Append("| column | type | unit | meaning |\n|---|---|---|---|\n");
        foreach (var c in schema.Columns)
            b.Append($"| `{c.Name}` | {ParquetType(c.Type)} | {c.Unit.Replace("|", "\\|")} | {c.Meaning.Replace("|", "\\|")} |\n");
        return b.ToString();
    }

    public static string ParquetType(ColumnType type) => type switch
    {
        ColumnType.Int32 => "int32",
        ColumnType.Int64 => "int64",
        ColumnType.Double => "double",
        ColumnType.Boolean => "boolean",
        _ => "string",
    };
}
