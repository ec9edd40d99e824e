using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>Node agents' risk perception and route valuation (NarcoLogic 2018 code; R1–R5).</summary>
[ParameterSection("trafficking", "node agents' risk perception and route valuation, risk premium, network agent, switches")]
public sealed record TraffickingParameters : ParameterSection
{
    [Parameter("alpha", 0, 1_000, "events", "Beta prior of perceived risk, alpha.", Cite = "NarcoLogic 2018: 2; R1")]
    public double Alpha { get; init; } = 2;

    [Parameter("beta", 0, 1_000, "events", "Beta prior of perceived risk, beta.", Cite = "NarcoLogic 2018: 0.5; R1")]
    public double Beta { get; init; } = 0.5;

    [Parameter("window", 1, 60, "months", "Memory of the risk estimator.", Cite = "NarcoLogic 2018: 13; R1")]
    public int Window { get; init; } = 13;

    [Parameter("timewght", 0, 10, "1", "Weight ratio between successive months of the window, timewght^i for position i.", Cite = "NarcoLogic 2018: 1; R1")]
    public double TimeWeight { get; init; } = 1;

    [Parameter("locthink", 0.0001, 1, "1", "Salience discount delta of the local thinker.", Cite = "Bordalo et al. 2012; NarcoLogic 2018: 0.5; R2")]
    public double LocThink { get; init; } = 0.5;

    [Parameter("bribepct", 0, 1, "share", "Share of margin paid as bribes; accounting only.", Cite = "NarcoLogic 2018: 0.3")]
    public double BribePct { get; init; } = 0.3;

    [Parameter("rt_learn", 0, 1, "1", "Smoothing of the risk premium factor.", Cite = "NarcoLogic 2018: 0.655; R7")]
    public double RtLearn { get; init; } = 0.655;

    [Parameter("baserisk", 0.0001, 1, "probability", "Perceived risk above which the risk premium raises cost.", Cite = "Caulkins et al. 1993; NarcoLogic 2018: 0.4017; R7")]
    public double BaseRisk { get; init; } = 0.4017;

    [Parameter("riskmltplr", 0, 10, "1", "Exponent of the risk premium, (risk/baserisk)^riskmltplr.", Cite = "NarcoLogic 2018: 2; R7")]
    public double RiskMultiplier { get; init; } = 2;

    [Parameter("losslim", 0, 100, "1", "Loss tolerance: share of the largest edge value the organization accepts as losses.", Cite = "NarcoLogic 2018: 0.0473; R10")]
    public double LossLimit { get; init; } = 0.0473;

    [Parameter("expandmax", 0, 100_000, "nodes/month", "Most new nodes an organization adds in one month.", Cite = "NarcoLogic 2018: 8; R12")]
    public int ExpandMax { get; init; } = 8;

    [Parameter("network_agent", "Organizations' network agent consolidates and expands the route set; false: node agents use every territory edge on local information only.", Cite = "Magliocca et al. 2019")]
    public bool NetworkAgent { get; init; } = true;

    [Parameter("risk_counts", "Event months in the risk window: targeted (2018 code) or successful seizures only (2020 code).", Cite = "R1")]
    public RiskCountRule RiskCounts { get; init; } = RiskCountRule.Targeted;

    [Parameter("risk_refresh_unused", "Refresh perceived risk on every edge monthly; false: only on edges used this month.", Cite = "2018 code; R6")]
    public bool RiskRefreshUnused { get; init; }

    [Parameter("premium", "Risk premium compounds on last month's cost (2018 code) or scales the base cost.", Cite = "R7")]
    public PremiumRule Premium { get; init; } = PremiumRule.Compounding;
}

/// <summary>R1: what counts as an event month in the risk window.</summary>
public enum RiskCountRule { Targeted, Seizures }

/// <summary>R7: how the risk premium enters transport cost.</summary>
public enum PremiumRule { Compounding, Level }
