using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>route-chokepoint: the C(t) usable edges on the largest share of source→market paths (docs/model.md §8).</summary>
public sealed class ChokepointInterdiction(TraffickingWorld world) : IRouteInterdiction
{
    private readonly ChokepointRanking _ranking = new(world);

    public int Choose(int tick, int capacity, ReadOnlySpan<int> previous, int[] targets)
    {
        var w = world;
        _ranking.Compute();
        int n = 0;
        for (int e = 0; e < w.Routes.EdgeCount; e++)
            if (_ranking.Score[e] > 0) targets[n++] = e;
        Selection.SortSmallest(targets.AsSpan(0, n), capacity, new ByValueDescendingThenReceiver(_ranking.Score, w.Routes.Graph));
        int placed = Math.Min(n, capacity);
        for (int i = 0; i < placed; i++) w.Targeted[targets[i]] = true;
        return placed;
    }
}
