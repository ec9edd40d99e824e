using BenchmarkDotNet.Attributes;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// Organization disruption: whole 180-month baseline runs with no arrests and under kingpin and utility
/// arrests from month 60 (arrests, informants, successions and splits, compartmentalization, and the
/// network measures recomputed after every change). The difference to 'none' is the disruption cost.
/// </summary>
[MemoryDiagnoser]
public class OrganizationBenchmarks
{
    private readonly Dictionary<string, Scenario> _scenarios = new();

    [Params("none", "kingpin", "utility")]
    public string Strategy { get; set; } = "none";

    [GlobalSetup]
    public void Setup() => _scenarios[Strategy] = ScenarioLoader.Load("baseline", [$"targeting.arrest_strategy={Strategy}"]);

    [Benchmark(Description = "whole run with arrests from month 60")]
    public int WholeRun()
    {
        var model = new NarcoLogicModel(_scenarios[Strategy], 1);
        model.Run();
        return model.OrganizationSummary.Organizations;
    }
}
