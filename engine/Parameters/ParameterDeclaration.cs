using System.Globalization;
using System.Reflection;

namespace TraffickingAbm.Engine.Parameters;

/// <summary>
/// One declared parameter, read from its <see cref="ParameterAttribute"/> and property: dotted key, kind, range
/// or choices, unit, meaning, citation and default. Parses user text into a value of the property's type and
/// formats values back as a scenario file would write them (invariant culture, round-trippable).
/// </summary>
public sealed class ParameterDeclaration
{
    private readonly PropertyInfo _property;
    private readonly IReadOnlyList<object> _choiceValues;

    internal ParameterDeclaration(string section, PropertyInfo property, ParameterAttribute a, object defaultValue)
    {
        _property = property;
        Section = section;
        Name = a.Key;
        Key = section.Length == 0 ? a.Key : $"{section}.{a.Key}";
        Unit = a.Unit;
        Meaning = a.Meaning;
        Citation = a.Cite;
        Type = property.PropertyType;
        (Kind, Unit) = Type switch
        {
            _ when Type == typeof(int) => (ParameterKind.Integer, a.Unit),
            _ when Type == typeof(double) => (ParameterKind.Real, a.Unit),
            _ when Type == typeof(bool) => (ParameterKind.Switch, "switch"),
            _ when Type.IsEnum => (ParameterKind.Choice, "choice"),
            _ when Type == typeof(string) => (ParameterKind.Path, "path"),
            _ => throw new InvalidOperationException($"parameter '{Key}': type {Type.Name} is not int, double, bool, an enum or a string (a path)"),
        };
        if (Kind is ParameterKind.Integer or ParameterKind.Real)
        {
            if (!(a.Min <= a.Max)) throw new InvalidOperationException($"parameter '{Key}': declare a range min <= max");
            Min = a.Min; Max = a.Max;
        }
        var choices = Type.IsEnum ? Type.GetFields(BindingFlags.Public | BindingFlags.Static) : [];
        Choices = choices.Select(ChoiceText).ToList();
        _choiceValues = choices.Select(f => f.GetValue(null)!).ToList();
        Default = defaultValue;
        string? invalid = Check(defaultValue);
        if (invalid is not null) throw new InvalidOperationException($"parameter '{Key}': default {invalid}");
    }

    /// <summary>Dotted key as written with --set: "interdiction.sl_min" (no dot for top-level keys).</summary>
    public string Key { get; }
    public string Section { get; }
    /// <summary>The key within its section.</summary>
    public string Name { get; }
    public ParameterKind Kind { get; }
    public Type Type { get; }
    public double Min { get; }
    public double Max { get; }
    public IReadOnlyList<string> Choices { get; }
    public string Unit { get; }
    public string Meaning { get; }
    public string Citation { get; }
    public object Default { get; }
    public Type SectionType => _property.DeclaringType!;

    /// <summary>What the value must be, in words: "an integer in 1..10000", "a number in 0..1", "true or false".</summary>
    public string AllowedText => Kind switch
    {
        ParameterKind.Integer => $"an integer in {Number(Min)}..{Number(Max)}",
        ParameterKind.Real => $"a number in {Number(Min)}..{Number(Max)}",
        ParameterKind.Switch => "true or false",
        ParameterKind.Path => "a file path (relative to the scenario file), or empty for none",
        _ => "one of " + string.Join(", ", Choices),
    };

    /// <summary>Parses and range-checks <paramref name="text"/>. Returns the value, or null with an error text
    /// such as "= 1.5 is out of range; allowed: a number in 0..1".</summary>
    public object? TryParse(string text, out string? error)
    {
        text = text.Trim();
        error = null;
        switch (Kind)
        {
            case ParameterKind.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                    break;
                if (l < Min || l > Max) { error = $"= {text} is out of range; allowed: {AllowedText}"; return null; }
                return (int)l;
            case ParameterKind.Real:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
                    break;
                if (d < Min || d > Max) { error = $"= {text} is out of range; allowed: {AllowedText}"; return null; }
                return d;
            case ParameterKind.Switch:
                if (text is "true" or "True" or "TRUE") return true;
                if (text is "false" or "False" or "FALSE") return false;
                break;
            case ParameterKind.Path:
                return text; // whether the file exists and reads is checked by the model that opens it
            default:
                int i = Choices.ToList().IndexOf(text);
                if (i >= 0) return _choiceValues[i];
                break;
        }
        error = $"must be {AllowedText}, got '{text}'";
        return null;
    }

    /// <summary>The value as it would be written in a scenario file.</summary>
    public string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string t => t,
        Enum e => Choices[_choiceValues.ToList().IndexOf(e)],
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    internal object Read(ParameterSection section) => _property.GetValue(section)!;

    internal void Write(ParameterSection section, object value) => _property.SetValue(section, value);

    private string? Check(object value) => Kind switch
    {
        ParameterKind.Integer when (int)value < Min || (int)value > Max => $"{value} is outside {AllowedText}",
        ParameterKind.Real when !((double)value >= Min && (double)value <= Max) => $"{Format(value)} is outside {AllowedText}",
        _ => null,
    };

    private static string ChoiceText(FieldInfo f) =>
        f.GetCustomAttribute<ChoiceNameAttribute>()?.Name ?? KebabCase(f.Name);

    /// <summary>"MiddleLayer" → "middle-layer".</summary>
    public static string KebabCase(string name)
    {
        var b = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) b.Append('-');
            b.Append(char.ToLowerInvariant(name[i]));
        }
        return b.ToString();
    }

    private static string Number(double x) => x.ToString("G", CultureInfo.InvariantCulture);
}
