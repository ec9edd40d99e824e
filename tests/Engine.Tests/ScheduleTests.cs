using TraffickingAbm.Engine.Scheduling;

namespace TraffickingAbm.Engine.Tests;

public class ScheduleTests
{
    [Fact]
    public void Phases_run_in_insertion_order_every_tick_then_afterTick()
    {
        var log = new List<string>();
        var schedule = new Schedule()
            .Add("zeta", t => log.Add($"zeta{t}"))
            .Add("alpha", t => log.Add($"alpha{t}"))
            .Add("mid", t => log.Add($"mid{t}"));
        var clock = new TickClock(3);

        schedule.RunToEnd(clock, t => log.Add($"after{t}"));

        Assert.Equal(
            new[]
            {
                "zeta0", "alpha0", "mid0", "after0",
                "zeta1", "alpha1", "mid1", "after1",
                "zeta2", "alpha2", "mid2", "after2",
            },
            log);
        Assert.Equal(new[] { "zeta", "alpha", "mid" }, schedule.Phases.Select(p => p.Name));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(240)]
    public void RunToEnd_runs_exactly_Ticks_ticks(int ticks)
    {
        var phaseTicks = new List<int>();
        var afterTicks = new List<int>();
        var schedule = new Schedule().Add("only", phaseTicks.Add);
        var clock = new TickClock(ticks);

        schedule.RunToEnd(clock, afterTicks.Add);

        Assert.Equal(Enumerable.Range(0, ticks), phaseTicks);
        Assert.Equal(Enumerable.Range(0, ticks), afterTicks);
        Assert.True(clock.Finished);
        Assert.Equal(ticks, clock.Tick);
    }

    [Fact]
    public void RunToEnd_without_afterTick_runs_all_ticks()
    {
        int calls = 0;
        var schedule = new Schedule().Add("count", _ => calls++);
        schedule.RunToEnd(new TickClock(5));
        Assert.Equal(5, calls);
    }

    [Fact]
    public void RunTick_runs_each_phase_once_with_the_given_tick()
    {
        var seen = new List<(string, int)>();
        var schedule = new Schedule().Add("a", t => seen.Add(("a", t))).Add("b", t => seen.Add(("b", t)));
        schedule.RunTick(7);
        Assert.Equal(new[] { ("a", 7), ("b", 7) }, seen);
    }

    [Fact]
    public void Duplicate_phase_name_throws()
    {
        var schedule = new Schedule().Add("move", _ => { }).Add("trade", _ => { });
        Assert.Throws<ArgumentException>(() => schedule.Add("move", _ => { }));
        Assert.Equal(2, schedule.Phases.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_phase_name_throws(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Schedule().Add(name, _ => { }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TickClock_needs_at_least_one_tick(int ticks)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TickClock(ticks));
    }

    [Fact]
    public void TickClock_advances_to_its_end_and_no_further()
    {
        var clock = new TickClock(2);
        Assert.Equal(0, clock.Tick);
        Assert.False(clock.Finished);
        clock.Advance();
        Assert.Equal(1, clock.Tick);
        Assert.False(clock.Finished);
        clock.Advance();
        Assert.True(clock.Finished);
        Assert.Throws<InvalidOperationException>(clock.Advance);
        Assert.Equal(2, clock.Tick);
    }
}
