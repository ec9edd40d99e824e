using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>The interdiction agent (NarcoLogic 2018 code; R8, R9).</summary>
[ParameterSection("interdiction", "the interdiction agent")]
public sealed record InterdictionParameters : ParameterSection
{
    [Parameter("sl_min", 0, 1_000_000, "events/month", "Initial and minimum seizure-and-loss events per month, C0.", Cite = "NarcoLogic 2018: ceil(113/6) = 19; R9")]
    public int SlMin { get; init; } = 19;    // ceil(113/6)

    [Parameter("sl_max", 0, 1_000_000, "events/month", "Maximum seizure-and-loss events per month.", Cite = "NarcoLogic 2018: 113")]
    public int SlMax { get; init; } = 113;

    [Parameter("sl_learn", 0, 1, "1", "Interdiction learning rate for SLPROB and capacity.", Cite = "NarcoLogic 2018: 0.545")]
    public double SlLearn { get; init; } = 0.545;

    [Parameter("targetseize", 0.0001, 1, "share", "Target seized share of source outflow.", Cite = "NarcoLogic 2018: 0.2463")]
    public double TargetSeize { get; init; } = 0.2463;

    [Parameter("cutoff_percentile", 0, 100, "percent", "Only edges with SLPROB above this percentile are targeted.", Cite = "NarcoLogic 2018: 75; R8")]
    public double CutoffPercentile { get; init; } = 75;

    [Parameter("fallback_percentile", 0, 100, "percent", "Cut-off used when last month had no success but an earlier month had.", Cite = "NarcoLogic 2018: 50; R8")]
    public double FallbackPercentile { get; init; } = 50;
}
