using TraffickingAbm.Engine.Model;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// A study: a base scenario, factors to vary, a design that picks their values, replications per design
/// point, a root seed and the tables to record (docs/experiments.md).
/// </summary>
public sealed record BatchSpec
{
    public required string Name { get; init; }
    /// <summary>Built-in scenario name or scenario file path (resolved relative to the spec file).</summary>
    public required string Scenario { get; init; }
    /// <summary>The base scenario's model: factors, fixed values and recorded tables are checked against its declarations.</summary>
    public required IModelFactory Model { get; init; }
    /// <summary>Fixed overrides applied to every run, as key=value.</summary>
    public IReadOnlyList<string> Set { get; init; } = [];
    public int? Ticks { get; init; }
    public required IReadOnlyList<Factor> Factors { get; init; }
    public required DesignChoice Design { get; init; }
    public int Replications { get; init; } = 1;
    public ulong Seed { get; init; } = 1;
    public IReadOnlyList<string> Record { get; init; } = ["ticks", "events"];
    /// <summary>Write per-node rows every k months (0 = no nodes table).</summary>
    public int NodesEvery { get; init; }
    /// <summary>Runs per output chunk (one file per table per chunk).</summary>
    public int ChunkSize { get; init; } = 8;
    /// <summary>The spec file's text, kept verbatim in the output folder and the manifest.</summary>
    public string SourceText { get; init; } = "";
    public string SourcePath { get; init; } = "";
}

public enum FactorKind { Levels, Range, Uniform }

/// <summary>
/// One varied parameter: a list of levels, a range (min, max, steps: evenly spaced levels for a grid; the
/// interval for samplers), or a uniform distribution on [min, max] (samplers only).
/// </summary>
public sealed record Factor(string Key, FactorKind Kind, IReadOnlyList<string> Levels, double Min, double Max, int Steps, bool Integer)
{
    /// <summary>Column name in design.parquet: the dotted key with '.' replaced by '_'.</summary>
    public string Column => Key.Replace('.', '_');
}

public enum DesignKind { Grid, LatinHypercube, Sobol, Morris }

/// <summary>The sampler and its size: LHS samples n points; Sobol uses N base points (N·(2k+2) runs); Morris r trajectories of p levels.</summary>
public sealed record DesignChoice(DesignKind Kind, int Size = 0, int Levels = 4)
{
    public string Name => Kind switch
    {
        DesignKind.Grid => "grid",
        DesignKind.LatinHypercube => "lhs",
        DesignKind.Sobol => "sobol",
        _ => "morris",
    };
}
