using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R5, which out-edges a node agent considers (NarcoLogic 2018 code; docs/model.md §7.8 step 1): edges that stay
/// in the node's organization territory or lead to the market, into a node that is open (§8.2), and that the
/// network agent permits (routepref &gt; 0). A transit node with no such edge falls back on its outlets with the
/// largest routepref; the source has no fallback.
/// </summary>
public static class RouteCandidates
{
    /// <summary>R5 (and §8.2): an outlet stays within the territory or leads to the market, into an open node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOutlet(bool withinTerritory, bool receiverClosed) => withinTerritory && !receiverClosed;

    /// <summary>R5: an outlet is a candidate while the network agent permits it, routepref &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPermitted(double routePref) => routePref > 0;

    /// <summary>R5: with no permitted outlet, a transit node (never the source) uses its outlets with the largest routepref.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FallsBack(int candidates, bool isSource, bool anyOutlet) => candidates == 0 && !isSource && anyOutlet;
}
