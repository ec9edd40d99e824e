namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// A set of ids 0..capacity−1 that also lists its members in the order they were added: adding and testing cost
/// O(1), and clearing costs the number of members, not the capacity (a month marks a few thousand of a million
/// nodes). Allocates only in its constructor.
/// </summary>
public sealed class MarkedIds(int capacity)
{
    private readonly bool[] _marked = new bool[capacity];
    private readonly int[] _ids = new int[capacity];

    public int Count { get; private set; }

    /// <summary>The members, in the order they were added.</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    public bool Contains(int id) => _marked[id];

    /// <summary>Adds <paramref name="id"/>; returns false if it was already a member.</summary>
    public bool Add(int id)
    {
        if (_marked[id]) return false;
        _marked[id] = true;
        _ids[Count++] = id;
        return true;
    }

    public void Clear()
    {
        foreach (int id in Ids) _marked[id] = false;
        Count = 0;
    }
}
