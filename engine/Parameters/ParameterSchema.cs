using System.Reflection;

namespace TraffickingAbm.Engine.Parameters;

/// <summary>
/// The parameters a model declares: its sections (one <see cref="ParameterSection"/> record each, registered by
/// the modules the model uses) and every declared parameter in them, in declaration order.
/// </summary>
public sealed class ParameterSchema
{
    private readonly Dictionary<string, ParameterDeclaration> _byKey = new(StringComparer.Ordinal);
    private readonly List<ParameterDeclaration> _all = new();
    private readonly List<SectionInfo> _sections = new();

    public ParameterSchema(params Type[] sectionTypes)
    {
        foreach (var type in sectionTypes)
        {
            if (!typeof(ParameterSection).IsAssignableFrom(type) || type.IsAbstract)
                throw new ArgumentException($"{type.Name} is not a ParameterSection record");
            var attribute = type.GetCustomAttribute<ParameterSectionAttribute>()
                ?? throw new ArgumentException($"{type.Name} has no [ParameterSection] attribute");
            if (_sections.Exists(s => s.Type == type || s.Name == attribute.Name && attribute.Name.Length > 0))
                throw new ArgumentException($"section '{attribute.Name}' ({type.Name}) is registered twice");
            var defaults = (ParameterSection)Activator.CreateInstance(type)!;
            var declarations = new List<ParameterDeclaration>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                if (property.GetCustomAttribute<ParameterAttribute>() is not { } a) continue;
                var d = new ParameterDeclaration(attribute.Name, property, a, property.GetValue(defaults)!);
                if (!_byKey.TryAdd(d.Key, d)) throw new ArgumentException($"parameter '{d.Key}' is declared twice");
                declarations.Add(d);
                _all.Add(d);
            }
            _sections.Add(new SectionInfo(attribute.Name, attribute.Title, type, declarations));
        }
        Defaults = new ParameterSet(this, _sections.Select(s => (ParameterSection)Activator.CreateInstance(s.Type)!).ToArray());
    }

    /// <summary>A section of the schema: its name in files ("" for top-level keys), title, record type and parameters.</summary>
    public sealed record SectionInfo(string Name, string Title, Type Type, IReadOnlyList<ParameterDeclaration> Parameters);

    public IReadOnlyList<ParameterDeclaration> All => _all;
    public IReadOnlyList<SectionInfo> SectionsInOrder => _sections;

    /// <summary>The section names that may appear at the top level of a scenario file.</summary>
    public IEnumerable<string> Sections => _sections.Where(s => s.Name.Length > 0).Select(s => s.Name);

    public ParameterSet Defaults { get; }

    public ParameterDeclaration? Find(string key) => _byKey.GetValueOrDefault(key);

    internal int IndexOfSection(Type type)
    {
        int i = _sections.FindIndex(s => s.Type == type);
        return i >= 0 ? i : throw new KeyNotFoundException($"the model declares no parameter section {type.Name}");
    }

    /// <summary>"unknown key 'x' (did you mean 'y'?). Keys in 'section': …" for a key no section declares.</summary>
    public string UnknownKeyText(string key, IEnumerable<string> otherTopLevelKeys)
    {
        var topLevel = otherTopLevelKeys.Concat(_all.Where(s => s.Section.Length == 0).Select(s => s.Key)).Concat(Sections).ToList();
        string section = key.Contains('.') ? key[..key.IndexOf('.')] : "";
        string hint = DidYouMean.Closest(key, _all.Select(s => s.Key).Concat(topLevel)) is { } s ? $" (did you mean '{s}'?)" : "";
        string known = Sections.Contains(section)
            ? $" Keys in '{section}': {KeysIn(section)}"
            : $" Top-level keys: {string.Join(", ", topLevel)}";
        return $"unknown key '{key}'{hint}.{known}";
    }

    /// <summary>The keys of one section, without the section name, comma-separated.</summary>
    public string KeysIn(string section) =>
        string.Join(", ", _all.Where(s => s.Section == section).Select(s => s.Name));
}
