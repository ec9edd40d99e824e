using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R11, consolidation within tolerance (L ≤ T): the network agent cuts its riskiest active edges, sparing its
/// safest primary corridor (Magliocca et al. 2019, SI, "Network agent"; NarcoLogic 2018 code; docs/model.md §7.11
/// step 2). The cut order (highest perceived risk first; ties by receiver, then sender) is
/// <see cref="ByValueDescendingThenReceiver"/>.
/// </summary>
public static class NetworkConsolidation
{
    /// <summary>R11: of n active edges cut min(round-half-up(n · L/(L+T)), n − 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CutCount(int activeEdges, double losses, double tolerance) =>
        Math.Min((int)Math.Floor(activeEdges * losses / (losses + tolerance) + 0.5), activeEdges - 1);

    /// <summary>
    /// R11: the protected primary corridor is the lowest-risk active source edge; ties: larger flow (then the
    /// first in edge order, which this keeps by answering false).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSaferPrimary(double risk, double flow, double bestRisk, double bestFlow) =>
        risk < bestRisk || (risk == bestRisk && flow > bestFlow);

    /// <summary>R11: the primary corridor and every edge leaving the node it feeds are never cut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsProtected(int edge, int sender, int primary, int protectedNode) => edge == primary || sender == protectedNode;
}
