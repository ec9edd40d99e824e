using System.Text.Json.Nodes;

namespace TraffickingAbm.Engine.Parameters;

/// <summary>
/// An immutable, complete set of values for a <see cref="ParameterSchema"/>: one record per section. Models read
/// their sections with <see cref="Get{T}"/>; changes make a new set (<see cref="With"/>), so a validated set can be
/// shared between runs and threads.
/// </summary>
public sealed class ParameterSet
{
    private readonly ParameterSection[] _sections;

    internal ParameterSet(ParameterSchema schema, ParameterSection[] sections)
    {
        Schema = schema;
        _sections = sections;
    }

    public ParameterSchema Schema { get; }

    /// <summary>The section record of type <typeparamref name="T"/>.</summary>
    public T Get<T>() where T : ParameterSection => (T)_sections[Schema.IndexOfSection(typeof(T))];

    public object Value(ParameterDeclaration p) => p.Read(_sections[Schema.IndexOfSection(p.SectionType)]);

    public object Value(string key) => Value(Schema.Find(key) ?? throw new KeyNotFoundException($"no parameter '{key}'"));

    /// <summary>A copy with one value changed; <paramref name="value"/> must be of the parameter's type and range
    /// (values from <see cref="ParameterDeclaration.TryParse"/> are).</summary>
    public ParameterSet With(ParameterDeclaration p, object value)
    {
        var sections = (ParameterSection[])_sections.Clone();
        int i = Schema.IndexOfSection(p.SectionType);
        var copy = sections[i].Copy();
        p.Write(copy, value);
        sections[i] = copy;
        return new ParameterSet(Schema, sections);
    }

    /// <summary>A copy with one section replaced (for code that builds variants: tests, presets).</summary>
    public ParameterSet With<T>(T section) where T : ParameterSection
    {
        var sections = (ParameterSection[])_sections.Clone();
        sections[Schema.IndexOfSection(typeof(T))] = section;
        return new ParameterSet(Schema, sections);
    }

    /// <summary>Every parameter by dotted key, in declaration order, as written in a scenario file.</summary>
    public IEnumerable<KeyValuePair<string, string>> Resolved() =>
        Schema.All.Select(p => KeyValuePair.Create(p.Key, p.Format(Value(p))));

    /// <summary>The values as nested JSON, shaped like a scenario file (the manifest's "parameters").</summary>
    public JsonObject ToJson()
    {
        var root = new JsonObject();
        foreach (var p in Schema.All)
        {
            var node = root;
            if (p.Section.Length > 0)
            {
                if (root[p.Section] is not JsonObject child) root[p.Section] = child = new JsonObject();
                node = child;
            }
            node[p.Name] = Value(p) switch
            {
                int v => JsonValue.Create(v),
                double v => JsonValue.Create(v),
                bool v => JsonValue.Create(v),
                var v => JsonValue.Create(p.Format(v)),
            };
        }
        return root;
    }
}
