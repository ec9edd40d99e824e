using System.Globalization;
using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// Typed access to one raw record's fields, each checked against its <see cref="FieldSpec"/>. An absent or empty
/// optional field takes the default; every failure is a <see cref="GraphException"/> naming the file, the
/// field's line, the field and what is allowed. Numbers are read in the invariant culture.
/// </summary>
internal readonly struct FieldReader(string origin, RawRecord record)
{
    public string Text(FieldSpec spec) => Present(spec, out var f) ? f.Value : throw Missing(spec, f);

    public double Real(FieldSpec spec, double fallback) => OptionalReal(spec) ?? fallback;

    public double? OptionalReal(FieldSpec spec)
    {
        if (!Present(spec, out var f)) return spec.Required ? throw Missing(spec, f) : null;
        if (!double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw Fail(f, $"field '{spec.Name}' = '{f.Value}' is not a finite number; allowed: {spec.Allowed}");
        return spec.InRange(x) ? x : throw OutOfRange(spec, f);
    }

    public int Integer(FieldSpec spec, int fallback)
    {
        if (!Present(spec, out var f)) return spec.Required ? throw Missing(spec, f) : fallback;
        if (!long.TryParse(f.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long x))
            throw Fail(f, $"field '{spec.Name}' = '{f.Value}' is not an integer; allowed: {spec.Allowed}");
        return spec.InRange(x) && x <= int.MaxValue ? (int)x : throw OutOfRange(spec, f);
    }

    public bool Boolean(FieldSpec spec, bool fallback)
    {
        if (!Present(spec, out var f)) return spec.Required ? throw Missing(spec, f) : fallback;
        return f.Value switch
        {
            "true" => true,
            "false" => false,
            _ => throw Fail(f, $"field '{spec.Name}' = '{f.Value}' is not a boolean; allowed: {spec.Allowed}"),
        };
    }

    public NodeRole Role(FieldSpec spec)
    {
        string text = Text(spec);
        return NodeRoleNames.TryParse(text, out var role) ? role : throw Unknown(spec, "role");
    }

    public string Mode(FieldSpec spec, string fallback)
    {
        if (!Present(spec, out var f)) return spec.Required ? throw Missing(spec, f) : fallback;
        return RouteGraphColumns.Modes.Contains(f.Value) ? f.Value : throw Unknown(spec, "mode");
    }

    /// <summary>"ORIGIN:LINE: message" at the field's line (the record's when the field is absent).</summary>
    public GraphException Fail(FieldSpec spec, string message) =>
        Fail(record.Fields.TryGetValue(spec.Name, out var f) ? f : new RawField("", record.Line), message);

    private bool Present(FieldSpec spec, out RawField field)
    {
        if (!record.Fields.TryGetValue(spec.Name, out field)) field = new RawField("", record.Line);
        return field.Value.Length > 0;
    }

    private GraphException Missing(FieldSpec spec, RawField f) =>
        Fail(f, $"field '{spec.Name}' is {(record.Fields.ContainsKey(spec.Name) ? "empty" : "missing")}; allowed: {spec.Allowed}");

    private GraphException OutOfRange(FieldSpec spec, RawField f) =>
        Fail(f, $"field '{spec.Name}' = {f.Value} is out of range; allowed: {spec.Allowed}");

    private GraphException Unknown(FieldSpec spec, string noun) =>
        Fail(spec, $"field '{spec.Name}' = '{record.Fields[spec.Name].Value}' is not a known {noun}; allowed: {spec.Allowed}");

    private GraphException Fail(RawField f, string message) => GraphInput.At(origin, f.Line, message);
}
