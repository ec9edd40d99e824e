using System.Globalization;

namespace TraffickingAbm.FirstCut.Models.Scenarios;

public enum ParameterKind { Integer, Real, Boolean, Choice }

/// <summary>
/// One scenario parameter: its dotted key, kind, allowed range, unit and meaning, and how to read and
/// write it on <see cref="ScenarioParameters"/>. Validation, <c>--set</c>, the manifest and the schema
/// documentation all come from these declarations, so they cannot disagree.
/// </summary>
public sealed class ParameterSpec
{
    private readonly Func<ScenarioParameters, object> _get;
    private readonly Action<ScenarioParameters, object> _set;

    internal ParameterSpec(string key, ParameterKind kind, double min, double max, IReadOnlyList<string>? choices,
        string unit, string description, Func<ScenarioParameters, object> get, Action<ScenarioParameters, object> set)
    {
        Key = key; Kind = kind; Min = min; Max = max; Choices = choices ?? []; Unit = unit; Description = description;
        _get = get; _set = set;
    }

    public string Key { get; }
    public ParameterKind Kind { get; }
    public double Min { get; }
    public double Max { get; }
    public IReadOnlyList<string> Choices { get; }
    public string Unit { get; }
    public string Description { get; }

    public object Get(ScenarioParameters p) => _get(p);
    public object Default => _get(new ScenarioParameters());

    /// <summary>What the value must be, in words: "an integer in 1..10000", "a number in 0..1", "true or false".</summary>
    public string AllowedText => Kind switch
    {
        ParameterKind.Integer => $"an integer in {Format(Min)}..{Format(Max)}",
        ParameterKind.Real => $"a number in {Format(Min)}..{Format(Max)}",
        ParameterKind.Boolean => "true or false",
        _ => "one of " + string.Join(", ", Choices),
    };

    /// <summary>Parses and range-checks <paramref name="text"/>, then stores it. Returns an error text or null.</summary>
    public string? TrySet(ScenarioParameters p, string text)
    {
        text = text.Trim();
        switch (Kind)
        {
            case ParameterKind.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                    return $"must be {AllowedText}, got '{text}'";
                if (l < Min || l > Max) return $"= {text} is out of range; allowed: {AllowedText}";
                _set(p, (int)l);
                return null;
            case ParameterKind.Real:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
                    return $"must be {AllowedText}, got '{text}'";
                if (d < Min || d > Max) return $"= {text} is out of range; allowed: {AllowedText}";
                _set(p, d);
                return null;
            case ParameterKind.Boolean:
                if (text is "true" or "True" or "TRUE") { _set(p, true); return null; }
                if (text is "false" or "False" or "FALSE") { _set(p, false); return null; }
                return $"must be {AllowedText}, got '{text}'";
            default:
                if (!Choices.Contains(text)) return $"must be {AllowedText}, got '{text}'";
                _set(p, text);
                return null;
        }
    }

    /// <summary>The value as it would be written in a scenario file (invariant culture, round-trippable).</summary>
    public string FormatValue(ScenarioParameters p) => _get(p) switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString() ?? "",
    };

    private static string Format(double x) => x.ToString("G", CultureInfo.InvariantCulture);
}
