using System.Diagnostics;

namespace TraffickingAbm.Engine.Scheduling;

/// <summary>Wall time spent in each phase of a <see cref="Schedule"/>, summed over ticks (a coarse profile).</summary>
public sealed class PhaseTimes
{
    private readonly long[] _elapsed;

    public PhaseTimes(Schedule schedule)
    {
        Names = schedule.Phases.Select(p => p.Name).ToArray();
        _elapsed = new long[Names.Count];
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Ticks timed so far.</summary>
    public int Ticks { get; internal set; }

    internal void Add(int phase, long stopwatchTicks) => _elapsed[phase] += stopwatchTicks;

    public TimeSpan Elapsed(int phase) => Stopwatch.GetElapsedTime(0, _elapsed[phase]);

    public TimeSpan Total => Stopwatch.GetElapsedTime(0, _elapsed.Sum());
}
