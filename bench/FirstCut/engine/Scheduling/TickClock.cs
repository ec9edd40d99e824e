namespace TraffickingAbm.FirstCut.Engine.Scheduling;

/// <summary>Discrete time: tick 0 .. Ticks-1. One tick is one model month unless a model says otherwise.</summary>
public sealed class TickClock
{
    public TickClock(int ticks)
    {
        if (ticks < 1) throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "a run needs at least one tick");
        Ticks = ticks;
    }

    public int Ticks { get; }
    public int Tick { get; private set; }
    public bool Finished => Tick >= Ticks;

    public void Advance()
    {
        if (Finished) throw new InvalidOperationException("the clock has already reached its last tick");
        Tick++;
    }
}
