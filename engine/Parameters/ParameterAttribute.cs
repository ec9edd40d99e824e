namespace TraffickingAbm.Engine.Parameters;

/// <summary>
/// Declares a property of a <see cref="ParameterSection"/> record as a scenario parameter: its key within the
/// section, allowed range, unit, one-line meaning and citation. The property's type gives the kind (int, double,
/// bool, or an enum for a choice) and its initializer the default. This is the one declaration; validation,
/// <c>--set</c>, batch factors, the manifest, <c>tabm scenarios</c> and docs/scenarios.md all read it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ParameterAttribute : Attribute
{
    /// <summary>A number: integer or real by the property's type, within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public ParameterAttribute(string key, double min, double max, string unit, string meaning)
    {
        Key = key; Min = min; Max = max; Unit = unit; Meaning = meaning;
    }

    /// <summary>A switch (bool property) or a choice (enum property).</summary>
    public ParameterAttribute(string key, string meaning)
    {
        Key = key; Min = double.NaN; Max = double.NaN; Unit = ""; Meaning = meaning;
    }

    public string Key { get; }
    public double Min { get; }
    public double Max { get; }
    public string Unit { get; }
    public string Meaning { get; }

    /// <summary>Where the rule or the default value comes from (paper, section, resolution).</summary>
    public string Cite { get; init; } = "";
}

/// <summary>Names a <see cref="ParameterSection"/> record's section in scenario files ("" for top-level keys).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ParameterSectionAttribute(string name, string title) : Attribute
{
    public string Name { get; } = name;
    public string Title { get; } = title;
}

/// <summary>The spelling of an enum member in scenario files, where kebab-case of its name is not it.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class ChoiceNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
