namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>One field's text as read, and the 1-based line it was read from.</summary>
internal readonly record struct RawField(string Value, int Line);

/// <summary>
/// One node or edge as read from a file, before any checks: its fields by column name (CSV) or key
/// attr.name (GraphML), and the line the record starts on. Both readers hand these to
/// <see cref="RouteGraphValidation"/>, so both formats are checked by the same code.
/// </summary>
internal sealed record RawRecord(int Line, IReadOnlyDictionary<string, RawField> Fields);
