using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Scheduling;

namespace TraffickingAbm.Engine.Model;

/// <summary>
/// One run of a model, built by its <see cref="IModelFactory"/> from a validated parameter set and a seed. The
/// runners (<see cref="Runs.ModelRun"/>) step it month by month and write its tables; nothing outside the model
/// reads its internals.
/// </summary>
public interface IModel
{
    /// <summary>Months this run simulates.</summary>
    int Ticks { get; }

    /// <summary>The tables this run writes (a subset of the factory's, e.g. without opt-in tables), with their buffers.</summary>
    IReadOnlyList<Table> Tables { get; }

    /// <summary>The named phases of one month, in order (for profiles).</summary>
    Schedule Schedule { get; }

    /// <summary>Runs month <paramref name="tick"/> (0-based), recording its rows.</summary>
    void Step(int tick);

    /// <summary>After the last month: records the whole-run rows.</summary>
    void Finish();

    /// <summary>A few headline measures of the finished run, for the console summary.</summary>
    IReadOnlyList<SummaryLine> Summary();
}

/// <summary>A measure and its formatted value, e.g. ("delivered to market", "9.55 kt (93.2 % of produced)").</summary>
public sealed record SummaryLine(string Measure, string Value);
