using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>Which optional tables a run writes.</summary>
[ParameterSection("output", "optional output tables")]
public sealed record OutputParameters : ParameterSection
{
    [Parameter("nodes", "Write nodes.parquet: per-node outflow, seizures and first month of movement (for maps).")]
    public bool Nodes { get; init; }

    [Parameter("nodes_every", 1, 100_000, "months", "Write node rows every k-th month (and the last month).")]
    public int NodesEvery { get; init; } = 1;
}
