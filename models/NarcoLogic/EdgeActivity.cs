using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Which edges carry this month's quantities, so that the monthly work on a large world is proportional to
/// activity, not to the number of edges. Shipping records every edge it puts flow or a seizure on (the only
/// writer of those arrays); the risk windows record every edge with an event in the last window months.
/// Lists are kept in edge-id order where a sum runs over them, so the sums are those of a pass over all edges.
/// </summary>
public sealed class EdgeActivity
{
    private int[] _current, _last;
    private readonly int[] _sortScratch, _sortCounts;
    private int _currentCount, _lastCount;
    private readonly int[] _windowed; // edges whose risk window holds an event (EventHistory != 0), any order
    private int _windowedCount;

    public EdgeActivity(int edges)
    {
        _current = new int[edges];
        _last = new int[edges];
        _windowed = new int[edges];
        _sortScratch = new int[edges];
        _sortCounts = IdSort.NewCounts();
    }

    /// <summary>Edges with flow or a seizure this month, ascending once shipping is done.</summary>
    public ReadOnlySpan<int> ThisMonth => _current.AsSpan(0, _currentCount);

    /// <summary>The array behind <see cref="ThisMonth"/> (its first ThisMonth.Length entries), for parallel helpers that take arrays.</summary>
    internal int[] ThisMonthArray => _current;

    /// <summary>Edges that had flow or a seizure last month, ascending.</summary>
    public ReadOnlySpan<int> LastMonth => _last.AsSpan(0, _lastCount);

    /// <summary>Edges with an event in their risk window.</summary>
    public ReadOnlySpan<int> Windowed => _windowed.AsSpan(0, _windowedCount);

    /// <summary>Records an edge that is about to get its first flow or seizure of the month.</summary>
    public void Touch(int edge) => _current[_currentCount++] = edge;

    /// <summary>Empties this month's list, as at month start (for a benchmark that ships the same month again).</summary>
    public void ClearThisMonth() => _currentCount = 0;

    /// <summary>Puts this month's edges in id order (after shipping).</summary>
    public void Seal() => IdSort.Sort(_current.AsSpan(0, _currentCount), _sortScratch, _sortCounts, _current.Length);

    /// <summary>At month start: this month's list becomes last month's; the new month starts empty.</summary>
    public void Rotate()
    {
        (_current, _last) = (_last, _current);
        _lastCount = _currentCount;
        _currentCount = 0;
    }

    /// <summary>R1: an event on the edge this month (bit 0 of its window).</summary>
    public void MarkEvent(ulong[] history, int edge)
    {
        if (history[edge] == 0) _windowed[_windowedCount++] = edge;
        history[edge] |= 1UL;
    }

    /// <summary>R1: moves every non-empty window one month on; empty windows need nothing.</summary>
    public void AgeWindows(ulong[] history, RiskPerception risk)
    {
        for (int i = 0; i < _windowedCount;)
        {
            int e = _windowed[i];
            history[e] = risk.Aged(history[e]);
            if (history[e] != 0) i++;
            else _windowed[i] = _windowed[--_windowedCount]; // order does not matter: each window ages alone
        }
    }
}
