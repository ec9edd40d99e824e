namespace TraffickingAbm.FirstCut.Engine.Scheduling;

/// <summary>
/// The ordered, named phases that make up one tick. Models add their phases once at construction;
/// the order is the model's schedule (for NarcoLogic, the monthly schedule of Magliocca et al. 2019).
/// </summary>
public sealed class Schedule
{
    private readonly List<Phase> _phases = new();

    public IReadOnlyList<Phase> Phases => _phases;

    public Schedule Add(string name, Action<int> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_phases.Exists(p => p.Name == name))
            throw new ArgumentException($"phase '{name}' is already in the schedule", nameof(name));
        _phases.Add(new Phase(name, run));
        return this;
    }

    /// <summary>Runs every phase of one tick, in order.</summary>
    public void RunTick(int tick)
    {
        foreach (var phase in _phases) phase.Run(tick);
    }

    /// <summary>Runs the clock to its end, calling <paramref name="afterTick"/> after each tick's last phase.</summary>
    public void RunToEnd(TickClock clock, Action<int>? afterTick = null)
    {
        while (!clock.Finished)
        {
            RunTick(clock.Tick);
            afterTick?.Invoke(clock.Tick);
            clock.Advance();
        }
    }
}

public sealed record Phase(string Name, Action<int> Run);
