namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// The non-leader positions that are vacant, so that the month's refill visits them instead of every member
/// (a 1M-node world has about a million members and a handful of vacancies). A position is listed when it
/// falls vacant (an arrest, a lieutenant's promotion) and leaves the list when it is refilled or retired.
/// </summary>
internal sealed class Vacancies
{
    private readonly int[] _members;
    private readonly bool[] _listed;
    private int _count;

    /// <summary>Lists every position of <paramref name="net"/> that is vacant now.</summary>
    public Vacancies(CriminalNetwork net)
    {
        _members = new int[net.Count];
        _listed = new bool[net.Count];
        for (int m = 0; m < net.Count; m++)
            if (!net.Occupied[m]) Add(m);
    }

    /// <summary>Lists member <paramref name="m"/>'s position, which has just fallen vacant.</summary>
    public void Add(int m)
    {
        if (_listed[m]) return;
        _listed[m] = true;
        _members[_count++] = m;
    }

    /// <summary>
    /// Refills every listed non-leader position that is not retired and whose vacancy ends by
    /// <paramref name="tick"/>, exactly the positions a pass over every member would refill; returns how many.
    /// </summary>
    public int Refill(CriminalNetwork net, int tick)
    {
        int refilled = 0, kept = 0;
        for (int i = 0; i < _count; i++)
        {
            int m = _members[i];
            if (!net.Occupied[m] && !net.Retired[m] && net.Role[m] != Role.Leader && net.VacantUntil[m] <= tick)
            {
                net.Occupied[m] = true;
                refilled++;
            }
            if (net.Occupied[m] || net.Retired[m]) _listed[m] = false; // filled (here or by a succession) or gone for good
            else _members[kept++] = m;
        }
        _count = kept;
        return refilled;
    }
}
