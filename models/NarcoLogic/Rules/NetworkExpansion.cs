using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R12, expansion beyond tolerance (L &gt; T): the network agent opens edges to idle nodes of its territory
/// (Magliocca et al. 2019, SI, "Network agent"; NarcoLogic 2018 code; docs/model.md §7.11 step 3).
/// </summary>
public static class NetworkExpansion
{
    /// <summary>
    /// R12: min(max(ceil(L/T), 1), expandmax) new nodes, or expandmax when T = 0 (then at most the idle nodes,
    /// <see cref="Limit"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NodesToAdd(double losses, double tolerance, int expandMax) =>
        tolerance > 0 ? (int)Math.Min(Math.Max(Math.Ceiling(losses / tolerance), 1), expandMax) : expandMax;

    /// <summary>R12: no more new nodes than idle ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Limit(int nodesToAdd, int idleNodes) => Math.Min(nodesToAdd, idleNodes);

    /// <summary>R12: candidate edges are ranked by Δprice − this month's cost, descending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Gain(double receiverPrice, double senderPrice, double cost) => receiverPrice - senderPrice - cost;

    /// <summary>R12: a new node is opened onward to its organization's nodes and to the market.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool OpensOnward(bool toMarket, int receiverOrg, int org) => toMarket || receiverOrg == org;
}
