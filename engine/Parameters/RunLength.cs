namespace TraffickingAbm.Engine.Parameters;

/// <summary>The top-level keys every model has: the length of a run.</summary>
[ParameterSection("", "Run")]
public sealed record RunLength : ParameterSection
{
    [Parameter("ticks", 1, 100_000, "months", "Length of a run in monthly ticks.", Cite = "NarcoLogic: 180 = 15 years, 2000-2014 (Magliocca et al. 2019)")]
    public int Ticks { get; init; } = 180;
}
