namespace TraffickingAbm.Models.Trafficking;

/// <summary>
/// What a node of a user's route graph does in the supply chain. <see cref="Source"/> and
/// <see cref="PrecursorSource"/> only ship (cocaine production; precursor chemicals for the fentanyl chain),
/// <see cref="Lab"/> turns precursors into powder or pills, <see cref="Transit"/> and <see cref="Crossing"/>
/// (a border crossing) pass shipments on, and <see cref="Market"/> only receives.
/// </summary>
public enum NodeRole : byte { Source, PrecursorSource, Lab, Transit, Crossing, Market }

/// <summary>The spellings of <see cref="NodeRole"/> in route-graph files: source, precursor-source, lab, transit, crossing, market.</summary>
public static class NodeRoleNames
{
    private static readonly KebabNames<NodeRole> Names = new("source", "precursor-source", "lab", "transit", "crossing", "market");

    /// <summary>Every spelling, in the order of the enum.</summary>
    public static IReadOnlyList<string> All => Names.All;

    public static string Name(NodeRole role) => Names.Name(role);

    /// <summary>Exact, case-sensitive match of a file spelling.</summary>
    public static bool TryParse(string? text, out NodeRole role) => Names.TryParse(text, out role);
}
