using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Each trafficking organization's member graph and how it responds to arrests (docs/model.md,
/// "Organizations"; Kenney 2007, Sparrow 1991, Duijn et al. 2014, Manzi &amp; Calderoni 2024).
/// </summary>
[ParameterSection("organizations", "each organization's member graph and its response to arrests")]
public sealed record OrganizationParameters : ParameterSection
{
    [Parameter("structure", "Member-graph preset: hierarchical (wheel, almost no ties between cells; Jalisco), federated (lieutenants tied, denser ties between cells; Sinaloa), networked (cells in a chain, weak centre).", Cite = "Kenney 2007")]
    public OrganizationStructure Structure { get; init; } = OrganizationStructure.Hierarchical;

    [Parameter("lieutenants", 1, 1_000, "cells", "Lieutenants per organization, each heading one cell.")]
    public int Lieutenants { get; init; } = 4;

    [Parameter("cell_brokers", 0, 1_000, "members/cell", "Brokers (supply import) per cell.")]
    public int CellBrokers { get; init; } = 1;

    [Parameter("cell_producers", 0, 1_000, "members/cell", "Producers per cell.")]
    public int CellProducers { get; init; } = 2;

    [Parameter("cell_transporters", 0, 1_000, "members/cell", "Transporters per cell; each operates a share of the organization's route nodes.")]
    public int CellTransporters { get; init; } = 3;

    [Parameter("cell_financiers", 0, 1_000, "members/cell", "Financiers (money laundering) per cell.")]
    public int CellFinanciers { get; init; } = 1;

    [Parameter("cell_recruiters", 0, 1_000, "members/cell", "Recruiters per cell; they speed replacement.")]
    public int CellRecruiters { get; init; } = 1;

    [Parameter("within_cell_density", 0, 1, "probability", "Chance of a tie between two members of one cell (each member is always tied to its lieutenant).")]
    public double WithinCellDensity { get; init; } = 0.5;

    [Parameter("between_cell_density", 0, 1, "probability", "Chance of a tie between members of different cells (federated: any two cells; networked: neighbouring cells; hierarchical: a tenth of it).")]
    public double BetweenCellDensity { get; init; } = 0.15;

    [Parameter("split_hierarchical", 0, 1, "probability", "Chance that a hierarchical organization splits along lieutenant lines when its leader is removed.", Cite = "assumption after Kenney 2007; Jaen & Dyner 2014")]
    public double SplitHierarchical { get; init; } = 0.6;

    [Parameter("split_federated", 0, 1, "probability", "The same for a federated organization.")]
    public double SplitFederated { get; init; } = 0.3;

    [Parameter("split_networked", 0, 1, "probability", "The same for a networked organization.")]
    public double SplitNetworked { get; init; } = 0.1;

    [Parameter("succession_months", 0, 1_000, "months", "Months without coordination after a leader is removed, before a successor or a split.")]
    public int SuccessionMonths { get; init; } = 3;

    [Parameter("replace_lieutenant", 0, 1_000, "months", "Base months to refill a lieutenant vacancy.", Cite = "Sparrow 1991: replaceability")]
    public double ReplaceLieutenant { get; init; } = 4;

    [Parameter("replace_broker", 0, 1_000, "months", "Base months to refill a broker vacancy (hard to replace: foreign supply contacts).", Cite = "Sparrow 1991: replaceability")]
    public double ReplaceBroker { get; init; } = 8;

    [Parameter("replace_producer", 0, 1_000, "months", "Base months to refill a producer vacancy.")]
    public double ReplaceProducer { get; init; } = 1;

    [Parameter("replace_transporter", 0, 1_000, "months", "Base months to refill a transporter vacancy; its route nodes are closed meanwhile.")]
    public double ReplaceTransporter { get; init; } = 2;

    [Parameter("replace_financier", 0, 1_000, "months", "Base months to refill a financier vacancy (hard to replace: laundering skills).", Cite = "Sparrow 1991: replaceability")]
    public double ReplaceFinancier { get; init; } = 8;

    [Parameter("replace_recruiter", 0, 1_000, "months", "Base months to refill a recruiter vacancy.")]
    public double ReplaceRecruiter { get; init; } = 3;

    [Parameter("recruiter_speedup", 0, 100, "1/recruiter", "Replacement delay is divided by 1 + speedup x recruiters in place.")]
    public double RecruiterSpeedup { get; init; } = 0.5;

    [Parameter("compartment_ties_per_arrest", 0, 100, "ties/arrest", "Ties between ordinary members an organization cuts after each arrest (compartmentalization).", Cite = "Duijn et al. 2014; Kenney 2007")]
    public double CompartmentTiesPerArrest { get; init; } = 1;

    [Parameter("coordination_cost_per_cut", 0, 10, "share/tie", "Added transport-cost share for each tie cut by compartmentalization (less exposure, costlier coordination).", Cite = "Morselli, Giguère & Petit 2007: efficiency-security trade-off")]
    public double CoordinationCostPerCut { get; init; } = 0.02;
}

/// <summary>Organization structure presets (Kenney 2007).</summary>
public enum OrganizationStructure { Hierarchical, Federated, Networked }
