using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// R5 at the source: its permitted out-edges into open nodes (every source edge lies within a territory), in
/// edge order, the list <see cref="NodeShipper"/> would gather. The source has an edge to every transit node but
/// few are permitted, so the permitted ones are read from the route preferences' bitset rather than by testing
/// every edge.
/// </summary>
internal sealed class SourceCandidates(TraffickingWorld w)
{
    /// <summary>Writes the source's candidates to the start of <paramref name="output"/>; returns their count.</summary>
    public int Gather(int[] output)
    {
        var g = w.Routes.Graph;
        int source = w.Routes.Source;
        int permitted = w.RoutePref.PermittedIn(g.OutStart(source), g.OutEnd(source), output);
        int n = 0;
        for (int i = 0; i < permitted; i++)
        {
            int e = output[i];
            if (RouteCandidates.IsOutlet(withinTerritory: true, w.NodeClosed[g.Target(e)])) output[n++] = e;
        }
        return n;
    }
}
