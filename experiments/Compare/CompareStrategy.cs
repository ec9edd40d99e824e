namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// One targeting strategy of <c>tabm compare</c>: a name and the scenario overrides that select it,
/// applied after the user's <c>--set</c> overrides.
/// </summary>
public sealed record CompareStrategy(string Name, IReadOnlyList<string> Overrides)
{
    /// <summary>The strategy every other one is compared with (delivered_relative = 1 by definition).</summary>
    public const string Reference = "none";

    /// <summary>The compared strategies, in table and file order.</summary>
    public static IReadOnlyList<CompareStrategy> All { get; } =
    [
        Arrest("none"),
        Arrest("random"),
        Arrest("kingpin"),
        Arrest("middle-layer"),
        Arrest("utility"),
        Arrest("financial"),
        new("route-chokepoint", ["targeting.route_strategy=route-chokepoint", "targeting.arrest_strategy=none"]),
    ];

    private static CompareStrategy Arrest(string name) => new(name, [$"targeting.arrest_strategy={name}"]);
}
