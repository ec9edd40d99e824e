using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Orders edge ids by a per-edge value, largest first; ties by receiver index, then sender index — the
/// deterministic tie rule of R8 (interdiction targets) and R11 (consolidation cuts). A struct comparer,
/// so sorting allocates nothing.
/// </summary>
public readonly struct ByValueDescendingThenReceiver(double[] value, CsrGraph graph) : IComparer<int>
{
    public int Compare(int a, int b)
    {
        int c = value[b].CompareTo(value[a]);
        if (c != 0) return c;
        c = graph.Target(a).CompareTo(graph.Target(b));
        return c != 0 ? c : graph.Source(a).CompareTo(graph.Source(b));
    }
}
