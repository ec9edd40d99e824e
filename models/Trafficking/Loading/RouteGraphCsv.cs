using nietras.SeparatedValues;
using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// Reads a route graph from a node table and an edge table in CSV (RFC 4180: comma-separated, fields may be
/// quoted with '"', a quote inside doubled). The first row is the header; blank lines are skipped and
/// unquoted whitespace around a field is trimmed. Columns are listed in docs/route-graphs.md.
/// </summary>
public static class RouteGraphCsv
{
    /// <summary>Loads and validates both tables; every problem is a <see cref="GraphException"/> "FILE:LINE: message".</summary>
    public static RouteGraphFile Load(string nodesPath, string edgesPath)
    {
        var nodes = ReadTable(nodesPath, "node table", RouteGraphColumns.Node);
        var edges = ReadTable(edgesPath, "edge table", RouteGraphColumns.Edge);
        return RouteGraphValidation.Build($"{nodesPath}, {edgesPath}", nodesPath, nodes, edgesPath, edges);
    }

    private static List<RawRecord> ReadTable(string path, string noun, IReadOnlyList<FieldSpec> columns)
    {
        string text = GraphInput.ReadText(path, noun);
        string example = string.Join(",", columns.Where(c => c.Required).Select(c => c.Name));
        // The header is read as a row of its own (HasHeader off), so that a repeated column name is reported
        // here rather than thrown by Sep; the column-count check is ours too, for the same reason.
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.Outer, DisableColCountCheck = true })
            .FromText(text);
        string[]? header = null;
        int headerLine = 0;
        var rows = new List<RawRecord>();
        foreach (var row in reader)
        {
            // Sep 0.18 gives row 0 LineNumberFrom = 2 (checked with HasHeader off); the first row starts on line 1.
            int line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            if (row.ColCount == 1 && row.Span.Trim().IsEmpty) continue; // blank line
            if (row.Span.Count('"') % 2 != 0)
                throw GraphInput.At(path, line, "a quoted field is not closed; a field that starts with '\"' must end with '\"' (a quote inside it is written '\"\"')");
            var cells = new string[row.ColCount];
            for (int c = 0; c < cells.Length; c++) cells[c] = row[c].ToString();
            if (header is null)
            {
                (header, headerLine) = (cells, line);
                CheckHeader(path, line, header, columns);
                continue;
            }
            if (cells.Length != header.Length)
                throw GraphInput.At(path, line, $"the row has {cells.Length} fields but the header (line {headerLine}) has {header.Length}");
            var fields = new Dictionary<string, RawField>(header.Length, StringComparer.Ordinal);
            for (int c = 0; c < cells.Length; c++) fields[header[c]] = new RawField(cells[c], line);
            rows.Add(new RawRecord(line, fields));
        }
        if (header is null) throw GraphInput.At(path, 0, $"the {noun} is empty; expected a header row such as '{example}' and one row per {Row(noun)}");
        if (rows.Count == 0) throw GraphInput.At(path, headerLine, $"the {noun} has a header but no rows; expected one row per {Row(noun)}");
        return rows;
    }

    private static string Row(string noun) => noun.Split(' ')[0];

    private static void CheckHeader(string path, int line, string[] header, IReadOnlyList<FieldSpec> columns)
    {
        var allowed = RouteGraphColumns.Names(columns);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in header)
        {
            if (name.Length == 0) throw GraphInput.At(path, line, $"the header has an empty column name; allowed: {string.Join(", ", allowed)}");
            if (!allowed.Contains(name)) throw GraphInput.At(path, line, RouteGraphColumns.UnknownName("column", name, allowed));
            if (!seen.Add(name)) throw GraphInput.At(path, line, $"column '{name}' is given twice in the header");
        }
        foreach (var spec in columns)
            if (spec.Required && !seen.Contains(spec.Name))
                throw GraphInput.At(path, line, $"required column '{spec.Name}' is missing; required: {string.Join(", ", columns.Where(c => c.Required).Select(c => c.Name))}");
    }
}
