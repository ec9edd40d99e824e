using System.Globalization;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Scenarios;

public sealed class ParameterCatalogTests
{
    public static TheoryData<string> Keys => new(ParameterCatalog.All.Select(p => p.Key));

    [Fact]
    public void Keys_are_unique_and_findable()
    {
        var keys = ParameterCatalog.All.Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        foreach (var spec in ParameterCatalog.All) Assert.Same(spec, ParameterCatalog.Find(spec.Key));
        Assert.Null(ParameterCatalog.Find("nokey"));
        Assert.Null(ParameterCatalog.Find("interdiction"));
    }

    [Fact]
    public void Sections_are_the_prefixes_of_dotted_keys()
    {
        Assert.Equal(["landscape", "supply", "interdiction", "trafficking", "organizations", "targeting", "output"], ParameterCatalog.Sections);
        foreach (var spec in ParameterCatalog.All)
        {
            Assert.True(spec.Key.Count(c => c == '.') <= 1, spec.Key);
            Assert.DoesNotContain(spec.Key, ParameterCatalog.Sections);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Spec_is_well_formed_and_its_default_is_in_range(string key)
    {
        var spec = ParameterCatalog.Find(key)!;
        Assert.True(spec.Min <= spec.Max, $"{key}: Min {spec.Min} > Max {spec.Max}");
        Assert.False(string.IsNullOrWhiteSpace(spec.Unit), key);
        Assert.False(string.IsNullOrWhiteSpace(spec.Description), key);
        if (spec.Kind == ParameterKind.Boolean) { Assert.IsType<bool>(spec.Default); return; }
        if (spec.Kind == ParameterKind.Choice) { Assert.Contains((string)spec.Default, spec.Choices); return; }
        double d = Convert.ToDouble(spec.Default, CultureInfo.InvariantCulture);
        Assert.InRange(d, spec.Min, spec.Max);
        Assert.Equal(spec.Kind == ParameterKind.Integer ? typeof(int) : typeof(double), spec.Default.GetType());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Default_round_trips_through_FormatValue_and_TrySet(string key)
    {
        var spec = ParameterCatalog.Find(key)!;
        string text = spec.FormatValue(new ScenarioParameters());

        var p = new ScenarioParameters();
        spec.TrySet(p, spec.Kind == ParameterKind.Integer ? "1" : "0.5"); // move it away first (may be rejected; fine)
        Assert.Null(spec.TrySet(p, text));

        Assert.Equal(spec.Default, spec.Get(p));
        Assert.Equal(text, spec.FormatValue(p));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Non_default_value_round_trips_through_FormatValue_and_TrySet(string key)
    {
        var spec = ParameterCatalog.Find(key)!;
        var p = new ScenarioParameters();
        Assert.Null(spec.TrySet(p, ScenarioLoaderTests.NonDefaultValue(spec)));
        Assert.NotEqual(spec.Default, spec.Get(p));

        var q = new ScenarioParameters();
        Assert.Null(spec.TrySet(q, spec.FormatValue(p)));
        Assert.Equal(spec.Get(p), spec.Get(q));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Range_ends_are_accepted_and_values_beyond_them_rejected_with_the_allowed_range(string key)
    {
        var spec = ParameterCatalog.Find(key)!;
        if (spec.Kind is ParameterKind.Boolean or ParameterKind.Choice)
        {
            // Switches: every listed value is accepted, anything else rejected with the list.
            foreach (string ok in spec.Kind == ParameterKind.Boolean ? ["true", "false"] : spec.Choices)
                Assert.Null(spec.TrySet(new ScenarioParameters(), ok));
            string? wrong = spec.TrySet(new ScenarioParameters(), "2");
            Assert.NotNull(wrong);
            Assert.Contains(spec.AllowedText, wrong);
            return;
        }
        string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

        Assert.Null(spec.TrySet(new ScenarioParameters(), F(spec.Min)));
        Assert.Null(spec.TrySet(new ScenarioParameters(), F(spec.Max)));

        foreach (double outside in new[] { spec.Min - 1, spec.Max + 1 })
        {
            var p = new ScenarioParameters();
            string? error = spec.TrySet(p, F(outside));
            Assert.NotNull(error);
            Assert.Contains("out of range", error);
            Assert.Contains(spec.AllowedText, error);
            Assert.Equal(spec.Default, spec.Get(p)); // a rejected value is not stored
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Text_is_rejected_with_the_allowed_range(string key)
    {
        var spec = ParameterCatalog.Find(key)!;
        string? error = spec.TrySet(new ScenarioParameters(), "abc");
        Assert.NotNull(error);
        Assert.Contains(spec.AllowedText, error);
        Assert.Contains("'abc'", error);
    }

    [Fact]
    public void Allowed_text_reads_naturally()
    {
        Assert.Equal("an integer in 1..100000", ParameterCatalog.Find("ticks")!.AllowedText);
        Assert.Equal("a number in 0..1", ParameterCatalog.Find("interdiction.sl_learn")!.AllowedText);
    }
}
