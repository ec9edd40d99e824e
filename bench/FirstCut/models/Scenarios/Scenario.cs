namespace TraffickingAbm.FirstCut.Models.Scenarios;

/// <summary>A validated scenario: a name, where it came from, and a complete set of parameters.</summary>
public sealed class Scenario
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>"builtin:NAME" or the full path of the file it was read from.</summary>
    public required string Source { get; init; }

    public required ScenarioParameters Parameters { get; init; }

    /// <summary>The --set overrides applied on top of the file, as given ("key=value").</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Every parameter by dotted key, in catalog order, as written in a scenario file.</summary>
    public IEnumerable<KeyValuePair<string, string>> ResolvedParameters() =>
        ParameterCatalog.All.Select(s => KeyValuePair.Create(s.Key, s.FormatValue(Parameters)));
}
