namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// A binary min-heap of ints with a fixed capacity, for visiting a changing set of ids in ascending order
/// (ids pushed while popping come out in order too if they are larger than the last popped). Allocates only
/// in its constructor.
/// </summary>
public sealed class IntMinHeap(int capacity)
{
    private readonly int[] _items = new int[capacity];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(int item)
    {
        if (Count == _items.Length) throw new InvalidOperationException($"heap full ({_items.Length} items)");
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (_items[parent] <= item) break;
            _items[i] = _items[parent];
            i = parent;
        }
        _items[i] = item;
    }

    /// <summary>Removes and returns the smallest item.</summary>
    public int Pop()
    {
        if (Count == 0) throw new InvalidOperationException("heap empty");
        int top = _items[0], last = _items[--Count];
        int i = 0;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= Count) break;
            if (child + 1 < Count && _items[child + 1] < _items[child]) child++;
            if (last <= _items[child]) break;
            _items[i] = _items[child];
            i = child;
        }
        if (Count > 0) _items[i] = last;
        return top;
    }
}
