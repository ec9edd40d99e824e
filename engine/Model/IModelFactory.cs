using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Engine.Model;

/// <summary>
/// Names a model (the scenario's <c>model:</c> key), declares its parameters and tables, and builds runs. A model
/// is added to the family by writing one of these and registering it; the runners, the batch, the comparison and
/// the docs need nothing else.
/// </summary>
public interface IModelFactory
{
    /// <summary>The <c>model:</c> key, e.g. "narcologic".</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Every parameter the model and its modules read; must include <see cref="RunLength"/>.</summary>
    ParameterSchema Parameters { get; }

    /// <summary>Every table a run may write (opt-in tables included), in output order.</summary>
    IReadOnlyList<TableSchema> Tables { get; }

    /// <summary>Rules that involve more than one parameter: null when the set is consistent, else the message and
    /// the keys it concerns (for pointing at a file line).</summary>
    ParameterProblem? Check(ParameterSet parameters);

    /// <summary>Builds the world of one run. Throws <see cref="Graphs.GraphException"/> for an unusable graph.</summary>
    IModel Build(ParameterSet parameters, RunContext run);
}

/// <summary>A problem that involves several parameters, e.g. "sl_min must not exceed sl_max".</summary>
public sealed record ParameterProblem(string Message, IReadOnlyList<string> Keys);
