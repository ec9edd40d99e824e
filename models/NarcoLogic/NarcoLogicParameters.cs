using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The sections a NarcoLogic run reads, taken from a validated <see cref="ParameterSet"/>. Each parameter is declared
/// once, in its section's record next to the rules that use it; this class only gathers the sections.
/// </summary>
public sealed record NarcoLogicParameters
{
    /// <summary>The model's parameter sections, in the order of scenario files and docs.</summary>
    public static ParameterSchema Schema { get; } = new(
        [typeof(RunLength), typeof(LandscapeParameters), typeof(SupplyParameters), typeof(InterdictionParameters),
         typeof(TraffickingParameters), .. OrganizationsModule.ParameterSections, typeof(OutputParameters)]);

    /// <summary>The defaults: NarcoLogic's 2018 calibration.</summary>
    public NarcoLogicParameters() : this(Schema.Defaults) { }

    public NarcoLogicParameters(ParameterSet set)
    {
        Ticks = set.Get<RunLength>().Ticks;
        Landscape = set.Get<LandscapeParameters>();
        Supply = set.Get<SupplyParameters>();
        Interdiction = set.Get<InterdictionParameters>();
        Trafficking = set.Get<TraffickingParameters>();
        Organizations = set.Get<OrganizationParameters>();
        Targeting = set.Get<TargetingParameters>();
        Output = set.Get<OutputParameters>();
    }

    public int Ticks { get; init; }
    public LandscapeParameters Landscape { get; init; }
    public SupplyParameters Supply { get; init; }
    public InterdictionParameters Interdiction { get; init; }
    public TraffickingParameters Trafficking { get; init; }
    public OrganizationParameters Organizations { get; init; }
    public TargetingParameters Targeting { get; init; }
    public OutputParameters Output { get; init; }
}

/// <summary>A scenario's parameters read as NarcoLogic's sections (tests and tools that know the scenario is NarcoLogic's).</summary>
public static class NarcoLogicScenario
{
    public static NarcoLogicParameters NarcoLogic(this Engine.Runs.Scenario scenario) => new(scenario.Parameters);
}
