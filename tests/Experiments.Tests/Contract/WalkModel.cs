using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Scheduling;

namespace TraffickingAbm.Experiments.Tests.Contract;

// A second, tiny model written only against the engine's contract, to show that adding a model needs nothing
// outside its own files: walkers drift and jitter on a line; the output is their mean position.

/// <summary>The walk model's only section: how many walkers, how far they drift and jitter per month.</summary>
[ParameterSection("walk", "random walkers on a line")]
public sealed record WalkParameters : ParameterSection
{
    [Parameter("walkers", 1, 1_000, "walkers", "Walkers on the line.")]
    public int Walkers { get; init; } = 3;

    [Parameter("drift", -10, 10, "units/month", "Step every walker takes each month.")]
    public double Drift { get; init; } = 0.5;

    [Parameter("jitter", 0, 10, "units", "Half-width of the uniform noise added to each step.")]
    public double Jitter { get; init; } = 1;

    [Parameter("start", "Where the walkers start.")]
    public WalkStart Start { get; init; } = WalkStart.Origin;
}

public enum WalkStart { Origin, SpreadOut }

/// <summary>What a table row reads: the model at the end of a month.</summary>
public sealed class WalkState
{
    public required RunContext Run { get; init; }
    public required double[] Position { get; init; }
    public int Tick { get; set; }
    public double Mean => Position.Average();
}

public sealed class WalkFactory : IModelFactory
{
    public static WalkFactory Instance { get; } = new();

    public static readonly TableSchema<WalkState> Ticks = new TableSchema<WalkState>("ticks", "one row per month")
        .Int32("run", "id", "run id", s => s.Run.Label)
        .Int32("tick", "month", "month index", s => s.Tick)
        .Double("mean_position", "units", "mean position of the walkers", s => s.Mean);

    public static readonly TableSchema<WalkState> Runs = new TableSchema<WalkState>("runs", "one row per run")
        .Int32("run", "id", "run id", s => s.Run.Label)
        .String("scenario", "name", "scenario name", s => s.Run.ScenarioName)
        .Int64("seed", "seed", "seed", s => unchecked((long)s.Run.Seed))
        .Double("final_mean", "units", "mean position after the last month", s => s.Mean);

    public string Name => "walk";
    public string Description => "random walkers on a line (a test model)";
    public ParameterSchema Parameters { get; } = new(typeof(RunLength), typeof(WalkParameters));
    public IReadOnlyList<TableSchema> Tables => [Runs, Ticks];

    public ParameterProblem? Check(ParameterSet p) =>
        p.Get<WalkParameters>().Jitter > 5 && p.Get<WalkParameters>().Walkers > 500
            ? new("key 'walk.jitter' above 5 needs at most 500 walkers", ["walk.jitter", "walk.walkers"])
            : null;

    public IModel Build(ParameterSet parameters, RunContext run) => new WalkModel(parameters, run);
}

public sealed class WalkModel : IModel
{
    private readonly WalkParameters _p;
    private readonly WalkState _state;
    private readonly TableWriter<WalkState> _ticks = WalkFactory.Ticks.CreateWriter();
    private readonly TableWriter<WalkState> _runs = WalkFactory.Runs.CreateWriter();

    public WalkModel(ParameterSet parameters, RunContext run)
    {
        _p = parameters.Get<WalkParameters>();
        Ticks = parameters.Get<RunLength>().Ticks;
        _state = new WalkState
        {
            Run = run,
            Position = Enumerable.Range(0, _p.Walkers).Select(i => _p.Start == WalkStart.SpreadOut ? (double)i : 0).ToArray(),
        };
        Schedule = new Schedule().Add("walk", Walk).Add("record", tick => { _state.Tick = tick; _ticks.Append(_state); });
        Tables = [_runs.Table, _ticks.Table];
    }

    public int Ticks { get; }
    public IReadOnlyList<Table> Tables { get; }
    public Schedule Schedule { get; }

    public void Step(int tick) => Schedule.RunTick(tick);

    public void Finish() => _runs.Append(_state);

    public IReadOnlyList<SummaryLine> Summary() => [new("mean position", _state.Mean.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))];

    private void Walk(int tick)
    {
        for (int i = 0; i < _state.Position.Length; i++)
        {
            var rng = new RngStream(_state.Run.Seed, _state.Run.StreamRun, 1, i, tick);
            _state.Position[i] += _p.Drift + _p.Jitter * (2 * rng.NextDouble() - 1);
        }
    }
}
