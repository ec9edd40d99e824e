using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Scenarios;

/// <summary><see cref="ScenarioLoader.WithOverrides"/>: the --set key=value overrides.</summary>
public sealed class OverrideTests
{
    [Fact]
    public void Applies_an_override_to_a_copy()
    {
        var baseline = ScenarioLoader.LoadBuiltIn("baseline");
        var s = ScenarioLoader.WithOverrides(baseline, ["interdiction.sl_min=38"]);

        Assert.Equal(38, s.NarcoLogic().Interdiction.SlMin);
        Assert.Equal(["interdiction.sl_min=38"], s.Overrides);
        Assert.Equal(baseline.Name, s.Name);
        Assert.Equal(baseline.Source, s.Source);
        Assert.Equal(["interdiction.sl_min"], ScenarioLoaderTests.Diff(baseline.ResolvedParameters(), s.ResolvedParameters()));
        Assert.Equal(19, baseline.NarcoLogic().Interdiction.SlMin); // the original is untouched
        Assert.Empty(baseline.Overrides);
    }

    [Fact]
    public void Later_overrides_win_and_are_all_recorded()
    {
        var s = ScenarioLoader.WithOverrides(ScenarioLoader.LoadBuiltIn("baseline"), ["ticks=5", "supply.initial_kg=300", "ticks=7"]);
        Assert.Equal(7, s.Ticks);
        Assert.Equal(300, s.NarcoLogic().Supply.InitialKg);
        Assert.Equal(["ticks=5", "supply.initial_kg=300", "ticks=7"], s.Overrides);
    }

    [Fact]
    public void Overrides_accumulate_across_calls()
    {
        var once = ScenarioLoader.WithOverrides(ScenarioLoader.LoadBuiltIn("baseline"), ["ticks=5"]);
        var twice = ScenarioLoader.WithOverrides(once, ["interdiction.sl_learn=0.1"]);
        Assert.Equal(["ticks=5", "interdiction.sl_learn=0.1"], twice.Overrides);
        Assert.Equal(5, twice.Ticks);
        Assert.Equal(0.1, twice.NarcoLogic().Interdiction.SlLearn);
    }

    [Fact]
    public void Spaces_around_key_and_value_are_ignored()
    {
        var s = ScenarioLoader.WithOverrides(ScenarioLoader.LoadBuiltIn("baseline"), [" ticks = 12 "]);
        Assert.Equal(12, s.Ticks);
    }

    [Fact]
    public void Load_applies_overrides()
    {
        var s = ScenarioLoader.Load("no-interdiction", ["ticks=24"]);
        Assert.Equal(24, s.Ticks);
        Assert.Equal(0, s.NarcoLogic().Interdiction.SlMax);
    }

    [Fact]
    public void Override_can_resolve_a_file_conflict_only_if_consistent()
    {
        var noInterdiction = ScenarioLoader.LoadBuiltIn("no-interdiction");
        var s = ScenarioLoader.WithOverrides(noInterdiction, ["interdiction.sl_max=50", "interdiction.sl_min=10"]);
        Assert.Equal(10, s.NarcoLogic().Interdiction.SlMin);
        Assert.Equal(50, s.NarcoLogic().Interdiction.SlMax);
    }

    public static TheoryData<string, string[]> Rejected => new()
    {
        { "nokey=1", ["--set nokey=1: ", "unknown key 'nokey'"] },
        { "ticks=abc", ["--set ticks=abc: ", "key 'ticks'", "an integer in 1..100000", "'abc'"] },
        { "ticks", ["--set ticks: ", "key=value"] },
        { "=5", ["--set =5: ", "key=value"] },
        { "ticks=", ["--set ticks=: ", "key 'ticks'", "an integer in 1..100000"] },
        { "ticks=1.5", ["--set ticks=1.5: ", "an integer in 1..100000"] },
        { "interdiction.sl_learn=5", ["--set interdiction.sl_learn=5: ", "key 'interdiction.sl_learn'", "out of range", "a number in 0..1"] },
        { "interdiction.sl_mn=3", ["--set interdiction.sl_mn=3: ", "unknown key 'interdiction.sl_mn'", "did you mean 'interdiction.sl_min'"] },
        { "interdiction=3", ["--set interdiction=3: ", "unknown key 'interdiction'"] },
        { "interdiction.sl_min=200", ["--set", "'interdiction.sl_min' = 200", "must not exceed", "'interdiction.sl_max' = 113"] },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects_bad_overrides_with_a_one_line_set_message(string item, string[] mustContain)
    {
        var baseline = ScenarioLoader.LoadBuiltIn("baseline");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.WithOverrides(baseline, [item]));

        Assert.StartsWith("--set", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        foreach (string fragment in mustContain) Assert.Contains(fragment, e.Message);
        Assert.Equal(ScenarioLoaderTests.Defaults(), baseline.ResolvedParameters()); // nothing leaked into the original
    }

    [Fact]
    public void A_bad_override_after_good_ones_is_still_rejected()
    {
        var e = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.WithOverrides(ScenarioLoader.LoadBuiltIn("baseline"), ["ticks=12", "nokey=1"]));
        Assert.StartsWith("--set nokey=1: ", e.Message);
    }
}
