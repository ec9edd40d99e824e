using System.Globalization;

namespace TraffickingAbm.Models.Tests.Scenarios;

public sealed class ParameterSchemaTests
{
    private static readonly ParameterSchema Schema = NarcoLogicParameters.Schema;
    private static readonly ParameterSet Defaults = Schema.Defaults;

    public static TheoryData<string> Keys => new(Schema.All.Select(p => p.Key));

    [Fact]
    public void Keys_are_unique_and_findable()
    {
        var keys = Schema.All.Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var spec in Schema.All) Assert.Same(spec, Schema.Find(spec.Key));
        Assert.Null(Schema.Find("nokey"));
        Assert.Null(Schema.Find("interdiction"));
    }

    [Fact]
    public void Sections_are_the_prefixes_of_dotted_keys()
    {
        Assert.Equal(["landscape", "supply", "interdiction", "trafficking", "organizations", "targeting", "output"], Schema.Sections);
        foreach (var spec in Schema.All)
        {
            Assert.True(spec.Key.Count(c => c == '.') <= 1, spec.Key);
            Assert.DoesNotContain(spec.Key, Schema.Sections);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Spec_is_well_formed_and_its_default_is_in_range(string key)
    {
        var spec = Schema.Find(key)!;
        Assert.True(spec.Min <= spec.Max, $"{key}: Min {spec.Min} > Max {spec.Max}");
        Assert.False(string.IsNullOrWhiteSpace(spec.Unit), key);
        Assert.False(string.IsNullOrWhiteSpace(spec.Meaning), key);
        if (spec.Kind == ParameterKind.Switch) { Assert.IsType<bool>(spec.Default); return; }
        if (spec.Kind == ParameterKind.Choice) { Assert.Contains(spec.Format(spec.Default), spec.Choices); Assert.True(spec.Type.IsEnum, key); return; }
        if (spec.Kind == ParameterKind.Path) { Assert.Equal("", spec.Default); return; } // none by default
        double d = Convert.ToDouble(spec.Default, CultureInfo.InvariantCulture);
        Assert.InRange(d, spec.Min, spec.Max);
        Assert.Equal(spec.Kind == ParameterKind.Integer ? typeof(int) : typeof(double), spec.Default.GetType());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Default_round_trips_through_Format_and_TryParse(string key)
    {
        var spec = Schema.Find(key)!;
        string text = spec.Format(Defaults.Value(spec));
        object? parsed = spec.TryParse(text, out string? error);
        Assert.Null(error);
        Assert.Equal(spec.Default, parsed);
        Assert.Equal(text, spec.Format(Defaults.With(spec, parsed!).Value(spec)));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Non_default_value_round_trips_and_changes_only_its_key(string key)
    {
        var spec = Schema.Find(key)!;
        object? value = spec.TryParse(ScenarioLoaderTests.NonDefaultValue(spec), out _);
        Assert.NotNull(value);
        Assert.NotEqual(spec.Default, value);
        var changed = Defaults.With(spec, value);
        Assert.Equal(value, changed.Value(spec));
        Assert.Equal(spec.Default, Defaults.Value(spec)); // sets are immutable: the defaults are untouched
        Assert.Equal(value, spec.TryParse(spec.Format(changed.Value(spec)), out _));
        Assert.Equal([key], Defaults.Resolved().Zip(changed.Resolved()).Where(p => p.First.Value != p.Second.Value).Select(p => p.First.Key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Range_ends_are_accepted_and_values_beyond_them_rejected_with_the_allowed_range(string key)
    {
        var spec = Schema.Find(key)!;
        if (spec.Kind == ParameterKind.Path) return; // any text is a path; the model checks the file when it opens it
        if (spec.Kind is ParameterKind.Switch or ParameterKind.Choice)
        {
            // Switches: every listed value is accepted, anything else rejected with the list.
            foreach (string ok in spec.Kind == ParameterKind.Switch ? ["true", "false"] : spec.Choices)
                Assert.NotNull(spec.TryParse(ok, out _));
            Assert.Null(spec.TryParse("2", out string? wrong));
            Assert.NotNull(wrong);
            Assert.Contains(spec.AllowedText, wrong);
            return;
        }
        string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

        Assert.NotNull(spec.TryParse(F(spec.Min), out _));
        Assert.NotNull(spec.TryParse(F(spec.Max), out _));

        foreach (double outside in new[] { spec.Min - 1, spec.Max + 1 })
        {
            Assert.Null(spec.TryParse(F(outside), out string? error));
            Assert.NotNull(error);
            Assert.Contains("out of range", error);
            Assert.Contains(spec.AllowedText, error);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_is_rejected_with_the_allowed_range(string key)
    {
        var spec = Schema.Find(key)!;
        if (spec.Kind == ParameterKind.Path) { Assert.Equal("abc", spec.TryParse("abc", out _)); return; }
        Assert.Null(spec.TryParse("abc", out string? error));
        Assert.NotNull(error);
        Assert.Contains(spec.AllowedText, error);
        Assert.Contains("'abc'", error);
    }

    [Fact]
    public void Allowed_text_reads_naturally()
    {
        Assert.Equal("an integer in 1..100000", Schema.Find("ticks")!.AllowedText);
        Assert.Equal("a number in 0..1", Schema.Find("interdiction.sl_learn")!.AllowedText);
    }
}
