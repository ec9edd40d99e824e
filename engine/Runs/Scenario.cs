using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Engine.Runs;

/// <summary>A validated scenario: a name, where it came from, the model it runs, and a complete parameter set.</summary>
public sealed class Scenario
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>"builtin:NAME" or the full path of the file it was read from.</summary>
    public required string Source { get; init; }

    /// <summary>The model named by the file's <c>model:</c> key.</summary>
    public required IModelFactory Model { get; init; }

    public required ParameterSet Parameters { get; init; }

    /// <summary>The --set overrides applied on top of the file, as given ("key=value").</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public int Ticks => Parameters.Get<RunLength>().Ticks;

    /// <summary>A parameter section of the scenario's model.</summary>
    public T Get<T>() where T : ParameterSection => Parameters.Get<T>();

    /// <summary>Every parameter by dotted key, in declaration order, as written in a scenario file.</summary>
    public IEnumerable<KeyValuePair<string, string>> ResolvedParameters() => Parameters.Resolved();

    /// <summary>The run identity of this scenario with <paramref name="seed"/>.</summary>
    public RunContext Run(ulong seed) => new(Name, seed);

    /// <summary>Builds one run of the scenario's model (no output is written; see <see cref="ModelRun"/>).</summary>
    public IModel Build(ulong seed) => Model.Build(Parameters, Run(seed));
}
