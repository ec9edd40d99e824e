namespace TraffickingAbm.Models.Scenarios;

/// <summary>
/// The declared scenario parameters. Sources: NarcoLogic = Magliocca et al. 2019 PNAS 116(16) and the
/// authors' 2018 code; R# = the project's binding resolutions (docs/model.md).
/// </summary>
public static class ParameterCatalog
{
    public static IReadOnlyList<ParameterSpec> All { get; } = Build();

    private static readonly Dictionary<string, ParameterSpec> ByKey = All.ToDictionary(s => s.Key, StringComparer.Ordinal);

    public static ParameterSpec? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The section names that may appear at the top level of a scenario file.</summary>
    public static IReadOnlyList<string> Sections { get; } = All.Where(s => s.Key.Contains('.')).Select(s => s.Key[..s.Key.IndexOf('.')]).Distinct().ToList();

    private static List<ParameterSpec> Build() =>
    [
        Int("ticks", 1, 100_000, "months", "Length of a run in monthly ticks (NarcoLogic: 180 = 15 years, 2000-2014).",
            p => p.Ticks, (p, v) => p.Ticks = v),

        Int("landscape.departments", 2, 1_000_000, "departments", "Bands of the synthetic strip from south-east to north-west (R18: 77).",
            p => p.Landscape.Departments, (p, v) => p.Landscape.Departments = v),
        Int("landscape.cells_per_department", 1, 10_000, "cells", "Random raster cells per department scored for suitability (R18: 60).",
            p => p.Landscape.CellsPerDepartment, (p, v) => p.Landscape.CellsPerDepartment = v),
        Int("landscape.nodes_per_department", 1, 100, "nodes", "Transit nodes placed per department (NarcoLogic 2018: 2).",
            p => p.Landscape.NodesPerDepartment, (p, v) => p.Landscape.NodesPerDepartment = v),
        Real("landscape.suitability_percentile", 0, 100, "percent", "Cells above this percentile of LANDSUIT may host a node (NarcoLogic 2018: 66).",
            p => p.Landscape.SuitabilityPercentile, (p, v) => p.Landscape.SuitabilityPercentile = v),
        Real("landscape.edge_capacity_kg", 0.001, 1e12, "kg/month", "Capacity of every edge (NarcoLogic 2018: 1e6, i.e. unconstrained).",
            p => p.Landscape.EdgeCapacityKg, (p, v) => p.Landscape.EdgeCapacityKg = v),
        Real("landscape.primary_capacity_multiplier", 0.001, 1e6, "x", "Capacity multiplier on source edges, primary movements (NarcoLogic 2020: 30).",
            p => p.Landscape.PrimaryCapacityMultiplier, (p, v) => p.Landscape.PrimaryCapacityMultiplier = v),
        Real("landscape.market_capacity_multiplier", 0.001, 1e6, "x", "Capacity multiplier on edges into the market (NarcoLogic 2020: 50).",
            p => p.Landscape.MarketCapacityMultiplier, (p, v) => p.Landscape.MarketCapacityMultiplier = v),
        Int("landscape.edge_window", 0, 10_000_000, "nodes", "Scale extension of R16: transit node k draws its out-edges among the next edge_window nodes only (0 = all higher nodes, as NarcoLogic); keeps large landscapes sparse.",
            p => p.Landscape.EdgeWindow, (p, v) => p.Landscape.EdgeWindow = v),
        Int("landscape.organizations", 1, 10_000, "organizations", "Trafficking organizations holding the transit nodes. 2 = R18's coast-side split (Pacific 1, Caribbean 2); other values are a scale extension: the strip is cut along its length into ceil(K/2) equal bands, each split by coast side (docs/model.md §7.1).",
            p => p.Landscape.Organizations, (p, v) => p.Landscape.Organizations = v),
        Real("landscape.coastal_km", 0, 1_000, "km", "A node this close to the coast is coastal; edges between coastal nodes use the coastal rate (R15: 20).",
            p => p.Landscape.CoastalKm, (p, v) => p.Landscape.CoastalKm = v),
        Real("landscape.air_edge_km", 0, 100_000, "km", "Edges longer than this use the air rate (NarcoLogic 2018: 500).",
            p => p.Landscape.AirEdgeKm, (p, v) => p.Landscape.AirEdgeKm = v),

        Real("supply.initial_kg", 0, 1e12, "kg/month", "Source supply in month 0, S0 (NarcoLogic 2018: 200).",
            p => p.Supply.InitialKg, (p, v) => p.Supply.InitialKg = v),
        Real("supply.carrying_capacity_kg", 0.001, 1e12, "kg/month", "Logistic ceiling of monthly supply, K (NarcoLogic 2018: 150000).",
            p => p.Supply.CarryingCapacityKg, (p, v) => p.Supply.CarryingCapacityKg = v),
        Real("supply.growth_rate_per_year", 0, 10, "1/year", "Logistic growth rate of supply, r (NarcoLogic 2018: 0.75).",
            p => p.Supply.GrowthRatePerYear, (p, v) => p.Supply.GrowthRatePerYear = v),
        Real("supply.source_price_usd_per_kg", 0, 1e9, "USD/kg", "Wholesale price at the source (NarcoLogic 2018: 4500).",
            p => p.Supply.SourcePriceUsdPerKg, (p, v) => p.Supply.SourcePriceUsdPerKg = v),
        Real("supply.price_per_km_usd_per_kg", 0, 1e6, "USD/kg/km", "Price added per km moved north (NarcoLogic 2018: 4.46).",
            p => p.Supply.PricePerKmUsdPerKg, (p, v) => p.Supply.PricePerKmUsdPerKg = v),
        Real("supply.ground_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on ground edges up to air_edge_km (NarcoLogic 2018: 371).",
            p => p.Supply.GroundRate, (p, v) => p.Supply.GroundRate = v),
        Real("supply.air_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate on edges over air_edge_km (NarcoLogic 2018: 3486).",
            p => p.Supply.AirRate, (p, v) => p.Supply.AirRate = v),
        Real("supply.coastal_rate", 0, 1e9, "USD/kg per source-market distance", "Transport cost rate between two coastal nodes; overrides the air rate (R15: 160).",
            p => p.Supply.CoastalRate, (p, v) => p.Supply.CoastalRate = v),

        Int("interdiction.sl_min", 0, 1_000_000, "events/month", "Initial and minimum seizure-and-loss events per month, C0 (NarcoLogic 2018: ceil(113/6) = 19; R9).",
            p => p.Interdiction.SlMin, (p, v) => p.Interdiction.SlMin = v),
        Int("interdiction.sl_max", 0, 1_000_000, "events/month", "Maximum seizure-and-loss events per month (NarcoLogic 2018: 113).",
            p => p.Interdiction.SlMax, (p, v) => p.Interdiction.SlMax = v),
        Real("interdiction.sl_learn", 0, 1, "1", "Interdiction learning rate for SLPROB and capacity (NarcoLogic 2018: 0.545).",
            p => p.Interdiction.SlLearn, (p, v) => p.Interdiction.SlLearn = v),
        Real("interdiction.targetseize", 0.0001, 1, "share", "Target seized share of source outflow (NarcoLogic 2018: 0.2463).",
            p => p.Interdiction.TargetSeize, (p, v) => p.Interdiction.TargetSeize = v),
        Real("interdiction.cutoff_percentile", 0, 100, "percent", "Only edges with SLPROB above this percentile are targeted (NarcoLogic 2018: 75; R8).",
            p => p.Interdiction.CutoffPercentile, (p, v) => p.Interdiction.CutoffPercentile = v),
        Real("interdiction.fallback_percentile", 0, 100, "percent", "Cut-off used when last month had no success but an earlier month had (NarcoLogic 2018: 50; R8).",
            p => p.Interdiction.FallbackPercentile, (p, v) => p.Interdiction.FallbackPercentile = v),

        Real("trafficking.alpha", 0, 1_000, "events", "Beta prior of perceived risk, alpha (NarcoLogic 2018: 2; R1).",
            p => p.Trafficking.Alpha, (p, v) => p.Trafficking.Alpha = v),
        Real("trafficking.beta", 0, 1_000, "events", "Beta prior of perceived risk, beta (NarcoLogic 2018: 0.5; R1).",
            p => p.Trafficking.Beta, (p, v) => p.Trafficking.Beta = v),
        Int("trafficking.window", 1, 60, "months", "Memory of the risk estimator (NarcoLogic 2018: 13; R1).",
            p => p.Trafficking.Window, (p, v) => p.Trafficking.Window = v),
        Real("trafficking.timewght", 0, 10, "1", "Weight ratio between successive months of the window, timewght^i for position i (NarcoLogic 2018: 1; R1).",
            p => p.Trafficking.TimeWeight, (p, v) => p.Trafficking.TimeWeight = v),
        Real("trafficking.locthink", 0.0001, 1, "1", "Salience discount delta of the local thinker (Bordalo et al. 2012; NarcoLogic 2018: 0.5; R2).",
            p => p.Trafficking.LocThink, (p, v) => p.Trafficking.LocThink = v),
        Real("trafficking.bribepct", 0, 1, "share", "Share of margin paid as bribes; accounting only (NarcoLogic 2018: 0.3).",
            p => p.Trafficking.BribePct, (p, v) => p.Trafficking.BribePct = v),
        Real("trafficking.rt_learn", 0, 1, "1", "Smoothing of the risk premium factor (NarcoLogic 2018: 0.655; R7).",
            p => p.Trafficking.RtLearn, (p, v) => p.Trafficking.RtLearn = v),
        Real("trafficking.baserisk", 0.0001, 1, "probability", "Perceived risk above which the risk premium raises cost (Caulkins et al. 1993; NarcoLogic 2018: 0.4017; R7).",
            p => p.Trafficking.BaseRisk, (p, v) => p.Trafficking.BaseRisk = v),
        Real("trafficking.riskmltplr", 0, 10, "1", "Exponent of the risk premium, (risk/baserisk)^riskmltplr (NarcoLogic 2018: 2; R7).",
            p => p.Trafficking.RiskMultiplier, (p, v) => p.Trafficking.RiskMultiplier = v),
        Real("trafficking.losslim", 0, 100, "1", "Loss tolerance: share of the largest edge value the organization accepts as losses (NarcoLogic 2018: 0.0473; R10).",
            p => p.Trafficking.LossLimit, (p, v) => p.Trafficking.LossLimit = v),
        Int("trafficking.expandmax", 0, 100_000, "nodes/month", "Most new nodes an organization adds in one month (NarcoLogic 2018: 8; R12).",
            p => p.Trafficking.ExpandMax, (p, v) => p.Trafficking.ExpandMax = v),
        Bool("trafficking.network_agent", "Organizations' network agent consolidates and expands the route set; false: node agents use every territory edge on local information only (Magliocca et al. 2019).",
            p => p.Trafficking.NetworkAgent, (p, v) => p.Trafficking.NetworkAgent = v),
        Choice("trafficking.risk_counts", [RiskCountRule.Targeted, RiskCountRule.Seizures], "Event months in the risk window: targeted (2018 code) or successful seizures only (2020 code) (R1).",
            p => p.Trafficking.RiskCounts, (p, v) => p.Trafficking.RiskCounts = v),
        Bool("trafficking.risk_refresh_unused", "Refresh perceived risk on every edge monthly; false: only on edges used this month (2018 code; R6).",
            p => p.Trafficking.RiskRefreshUnused, (p, v) => p.Trafficking.RiskRefreshUnused = v),
        Choice("trafficking.premium", [PremiumRule.Compounding, PremiumRule.Level], "Risk premium compounds on last month's cost (2018 code) or scales the base cost (R7).",
            p => p.Trafficking.Premium, (p, v) => p.Trafficking.Premium = v),


        Choice("organizations.structure", [OrganizationStructure.Hierarchical, OrganizationStructure.Federated, OrganizationStructure.Networked],
            "Member-graph preset: hierarchical (wheel, almost no ties between cells; Jalisco), federated (lieutenants tied, denser ties between cells; Sinaloa), networked (cells in a chain, weak centre) (Kenney 2007).",
            p => p.Organizations.Structure, (p, v) => p.Organizations.Structure = v),
        Int("organizations.lieutenants", 1, 1_000, "cells", "Lieutenants per organization, each heading one cell.",
            p => p.Organizations.Lieutenants, (p, v) => p.Organizations.Lieutenants = v),
        Int("organizations.cell_brokers", 0, 1_000, "members/cell", "Brokers (supply import) per cell.",
            p => p.Organizations.CellBrokers, (p, v) => p.Organizations.CellBrokers = v),
        Int("organizations.cell_producers", 0, 1_000, "members/cell", "Producers per cell.",
            p => p.Organizations.CellProducers, (p, v) => p.Organizations.CellProducers = v),
        Int("organizations.cell_transporters", 0, 1_000, "members/cell", "Transporters per cell; each operates a share of the organization's route nodes.",
            p => p.Organizations.CellTransporters, (p, v) => p.Organizations.CellTransporters = v),
        Int("organizations.cell_financiers", 0, 1_000, "members/cell", "Financiers (money laundering) per cell.",
            p => p.Organizations.CellFinanciers, (p, v) => p.Organizations.CellFinanciers = v),
        Int("organizations.cell_recruiters", 0, 1_000, "members/cell", "Recruiters per cell; they speed replacement.",
            p => p.Organizations.CellRecruiters, (p, v) => p.Organizations.CellRecruiters = v),
        Real("organizations.within_cell_density", 0, 1, "probability", "Chance of a tie between two members of one cell (each member is always tied to its lieutenant).",
            p => p.Organizations.WithinCellDensity, (p, v) => p.Organizations.WithinCellDensity = v),
        Real("organizations.between_cell_density", 0, 1, "probability", "Chance of a tie between members of different cells (federated: any two cells; networked: neighbouring cells; hierarchical: a tenth of it).",
            p => p.Organizations.BetweenCellDensity, (p, v) => p.Organizations.BetweenCellDensity = v),
        Real("organizations.split_hierarchical", 0, 1, "probability", "Chance that a hierarchical organization splits along lieutenant lines when its leader is removed (assumption after Kenney 2007; Jaen & Dyner 2014).",
            p => p.Organizations.SplitHierarchical, (p, v) => p.Organizations.SplitHierarchical = v),
        Real("organizations.split_federated", 0, 1, "probability", "The same for a federated organization.",
            p => p.Organizations.SplitFederated, (p, v) => p.Organizations.SplitFederated = v),
        Real("organizations.split_networked", 0, 1, "probability", "The same for a networked organization.",
            p => p.Organizations.SplitNetworked, (p, v) => p.Organizations.SplitNetworked = v),
        Int("organizations.succession_months", 0, 1_000, "months", "Months without coordination after a leader is removed, before a successor or a split.",
            p => p.Organizations.SuccessionMonths, (p, v) => p.Organizations.SuccessionMonths = v),
        Real("organizations.replace_lieutenant", 0, 1_000, "months", "Base months to refill a lieutenant vacancy (Sparrow 1991: replaceability).",
            p => p.Organizations.ReplaceLieutenant, (p, v) => p.Organizations.ReplaceLieutenant = v),
        Real("organizations.replace_broker", 0, 1_000, "months", "Base months to refill a broker vacancy (hard to replace: foreign supply contacts).",
            p => p.Organizations.ReplaceBroker, (p, v) => p.Organizations.ReplaceBroker = v),
        Real("organizations.replace_producer", 0, 1_000, "months", "Base months to refill a producer vacancy.",
            p => p.Organizations.ReplaceProducer, (p, v) => p.Organizations.ReplaceProducer = v),
        Real("organizations.replace_transporter", 0, 1_000, "months", "Base months to refill a transporter vacancy; its route nodes are closed meanwhile.",
            p => p.Organizations.ReplaceTransporter, (p, v) => p.Organizations.ReplaceTransporter = v),
        Real("organizations.replace_financier", 0, 1_000, "months", "Base months to refill a financier vacancy (hard to replace: laundering skills).",
            p => p.Organizations.ReplaceFinancier, (p, v) => p.Organizations.ReplaceFinancier = v),
        Real("organizations.replace_recruiter", 0, 1_000, "months", "Base months to refill a recruiter vacancy.",
            p => p.Organizations.ReplaceRecruiter, (p, v) => p.Organizations.ReplaceRecruiter = v),
        Real("organizations.recruiter_speedup", 0, 100, "1/recruiter", "Replacement delay is divided by 1 + speedup x recruiters in place.",
            p => p.Organizations.RecruiterSpeedup, (p, v) => p.Organizations.RecruiterSpeedup = v),
        Real("organizations.compartment_ties_per_arrest", 0, 100, "ties/arrest", "Ties between ordinary members an organization cuts after each arrest (compartmentalization).",
            p => p.Organizations.CompartmentTiesPerArrest, (p, v) => p.Organizations.CompartmentTiesPerArrest = v),
        Real("organizations.coordination_cost_per_cut", 0, 10, "share/tie", "Added transport-cost share for each tie cut by compartmentalization (less exposure, costlier coordination).",
            p => p.Organizations.CoordinationCostPerCut, (p, v) => p.Organizations.CoordinationCostPerCut = v),

        Choice("targeting.arrest_strategy", ["none", "random", "kingpin", "middle-layer", "utility", "financial"],
            "Whom the investigative agency arrests (docs/model.md, \"Strategies\").",
            p => p.Targeting.ArrestStrategy, (p, v) => p.Targeting.ArrestStrategy = v),
        Int("targeting.arrests_per_month", 0, 100_000, "arrests/month", "Arrest attempts per month, separate from route interdiction.",
            p => p.Targeting.ArrestsPerMonth, (p, v) => p.Targeting.ArrestsPerMonth = v),
        Choice("targeting.route_strategy", [RouteStrategies.Flow, RouteStrategies.Chokepoint],
            "Route interdiction from start_month: flow (NarcoLogic's rule, R8) or route-chokepoint (edges on the most source-market paths).",
            p => p.Targeting.RouteStrategy, (p, v) => p.Targeting.RouteStrategy = v),
        Int("targeting.start_month", 0, 100_000, "month", "Month the arrest and route strategies start (before it: no arrests, flow interdiction).",
            p => p.Targeting.StartMonth, (p, v) => p.Targeting.StartMonth = v),
        Int("targeting.end_month", 0, 100_000, "month", "First month without arrests (a one-off operation: end_month = start_month + 1); route strategy is unaffected.",
            p => p.Targeting.EndMonth, (p, v) => p.Targeting.EndMonth = v),
        Real("targeting.arrest_success", 0, 1, "probability", "Chance that an arrest attempt on an unexposed member succeeds.",
            p => p.Targeting.ArrestSuccess, (p, v) => p.Targeting.ArrestSuccess = v),
        Real("targeting.exposure_multiplier", 1, 100, "x", "Arrest success multiplier for members exposed by an informant (capped at 1).",
            p => p.Targeting.ExposureMultiplier, (p, v) => p.Targeting.ExposureMultiplier = v),
        Real("targeting.inform_probability", 0, 1, "probability", "Chance that an arrested member informs, exposing his neighbours.",
            p => p.Targeting.InformProbability, (p, v) => p.Targeting.InformProbability = v),
        Int("targeting.exposure_months", 0, 1_000, "months", "How long an exposure lasts.",
            p => p.Targeting.ExposureMonths, (p, v) => p.Targeting.ExposureMonths = v),

        Bool("output.nodes", "Write nodes.parquet: per-node outflow, seizures and first month of movement (for maps).",
            p => p.Output.Nodes, (p, v) => p.Output.Nodes = v),
        Int("output.nodes_every", 1, 100_000, "months", "Write node rows every k-th month (and the last month).",
            p => p.Output.NodesEvery, (p, v) => p.Output.NodesEvery = v),
    ];

    private static ParameterSpec Int(string key, int min, int max, string unit, string description,
        Func<ScenarioParameters, int> get, Action<ScenarioParameters, int> set) =>
        new(key, ParameterKind.Integer, min, max, null, unit, description, p => get(p), (p, v) => set(p, (int)v));

    private static ParameterSpec Bool(string key, string description,
        Func<ScenarioParameters, bool> get, Action<ScenarioParameters, bool> set) =>
        new(key, ParameterKind.Boolean, 0, 1, null, "switch", description, p => get(p), (p, v) => set(p, (bool)v));

    private static ParameterSpec Choice(string key, string[] choices, string description,
        Func<ScenarioParameters, string> get, Action<ScenarioParameters, string> set) =>
        new(key, ParameterKind.Choice, 0, 0, choices, "choice", description, p => get(p), (p, v) => set(p, (string)v));

    private static ParameterSpec Real(string key, double min, double max, string unit, string description,
        Func<ScenarioParameters, double> get, Action<ScenarioParameters, double> set) =>
        new(key, ParameterKind.Real, min, max, null, unit, description, p => get(p), (p, v) => set(p, (double)v));
}
