namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// A set of item ids 0..capacity−1 kept in the order of a comparer, with subtree sizes, so the k-th item and
/// an in-order walk from the largest cost O(log n) instead of a pass over all items. A treap whose priorities
/// are a fixed hash of the id (no random state); answers depend only on the items and their order. The comparer may read mutable per-item values: remove an item before its value changes and
/// insert it again after. Arrays only; no allocation after construction.
/// </summary>
public sealed class OrderStatisticTree<TComparer> where TComparer : struct, IComparer<int>
{
    private const int None = -1;
    // One record per id: a tree step reads one cache line, not three (a 10M-item build was bound by those misses).
    private struct Node
    {
        public int Left, Right, Size;
    }

    private readonly Node[] _nodes;
    private readonly bool[] _contains;
    private readonly int[] _stack = new int[256]; // walk stack: a treap of 2^31 items is ~60 deep on average
    private readonly TComparer _comparer;
    private int _root = None;

    public OrderStatisticTree(int capacity, TComparer comparer)
    {
        _nodes = new Node[capacity];
        _contains = new bool[capacity];
        _comparer = comparer;
    }

    public TComparer Comparer => _comparer;

    public int Count => _root == None ? 0 : _nodes[_root].Size;

    public bool Contains(int id) => _contains[id];

    /// <summary>
    /// Replaces the contents with <paramref name="ids"/>, which must be sorted ascending and distinct: a perfectly
    /// balanced tree in O(n). It need not be heap-ordered by priority: priorities only steer later rotations, and
    /// every query answers by order, so results never depend on the shape.
    /// </summary>
    /// <param name="threads">With 2 or more, the root's two subtrees of a large build are built at once (same shape).</param>
    public void BuildSorted(int[] ids, int count, int threads = 1)
    {
        Array.Clear(_contains); // Balanced marks each id it places (in parallel for large builds)
        int mid = count / 2;
        if (threads < 2 || count < 1 << 16)
        {
            _root = Balanced(ids.AsSpan(0, count));
            return;
        }
        int node = ids[mid];
        System.Threading.Tasks.Parallel.Invoke( // disjoint ids: the halves write disjoint slots
            () => _nodes[node].Left = Balanced(ids.AsSpan(0, mid)),
            () => _nodes[node].Right = Balanced(ids.AsSpan(mid + 1, count - mid - 1)));
        _nodes[node].Size = count;
        _contains[node] = true;
        _root = node;
    }

    private int Balanced(ReadOnlySpan<int> ids)
    {
        if (ids.IsEmpty) return None;
        int mid = ids.Length / 2, node = ids[mid];
        _contains[node] = true;
        _nodes[node].Left = Balanced(ids[..mid]);
        _nodes[node].Right = Balanced(ids[(mid + 1)..]);
        _nodes[node].Size = ids.Length;
        return node;
    }

    public void Insert(int id)
    {
        if (_contains[id]) throw new InvalidOperationException($"item {id} is already in the tree");
        _contains[id] = true;
        _nodes[id].Left = _nodes[id].Right = None;
        _nodes[id].Size = 1;
        _root = Insert(_root, id);
    }

    public void Remove(int id)
    {
        if (!_contains[id]) throw new InvalidOperationException($"item {id} is not in the tree");
        _root = Remove(_root, id);
        _contains[id] = false;
    }

    /// <summary>The item of 0-based rank <paramref name="rank"/> in ascending order.</summary>
    public int Select(int rank)
    {
        if ((uint)rank >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(rank), rank, $"0..{Count - 1}");
        int node = _root;
        while (true)
        {
            int leftSize = Size(_nodes[node].Left);
            if (rank < leftSize) node = _nodes[node].Left;
            else if (rank == leftSize) return node;
            else { rank -= leftSize + 1; node = _nodes[node].Right; }
        }
    }

    /// <summary>Walks the items from the largest down; stops when <paramref name="visit"/> returns false.</summary>
    public void WalkDescending<TVisitor>(ref TVisitor visit) where TVisitor : struct, IVisitor
    {
        int top = -1, node = _root;
        while (node != None || top >= 0)
        {
            while (node != None)
            {
                if (top == _stack.Length - 1) throw new InvalidOperationException("tree deeper than the walk stack");
                _stack[++top] = node;
                node = _nodes[node].Right;
            }
            node = _stack[top--];
            if (!visit.Visit(node)) return;
            node = _nodes[node].Left;
        }
    }

    /// <summary>Called on each item of a walk; return false to stop.</summary>
    public interface IVisitor
    {
        bool Visit(int id);
    }

    private int Size(int node) => node == None ? 0 : _nodes[node].Size;

    private static ulong Priority(int id)
    {
        // SplitMix64 finaliser: a fixed pseudo-random priority per id.
        ulong z = (ulong)id + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private int Insert(int node, int id)
    {
        if (node == None) return id;
        _nodes[node].Size++;
        if (_comparer.Compare(id, node) < 0)
        {
            _nodes[node].Left = Insert(_nodes[node].Left, id);
            if (Priority(_nodes[node].Left) > Priority(node)) node = RotateRight(node);
        }
        else
        {
            _nodes[node].Right = Insert(_nodes[node].Right, id);
            if (Priority(_nodes[node].Right) > Priority(node)) node = RotateLeft(node);
        }
        return node;
    }

    private int Remove(int node, int id)
    {
        if (node == None) throw new InvalidOperationException($"item {id} not found where its order puts it (was its value changed while in the tree?)");
        if (node == id) return Merge(_nodes[id].Left, _nodes[id].Right);
        _nodes[node].Size--;
        if (_comparer.Compare(id, node) < 0) _nodes[node].Left = Remove(_nodes[node].Left, id);
        else _nodes[node].Right = Remove(_nodes[node].Right, id);
        return node;
    }

    /// <summary>Joins two treaps whose items are all ordered a &lt; b.</summary>
    private int Merge(int a, int b)
    {
        if (a == None) return b;
        if (b == None) return a;
        if (Priority(a) > Priority(b))
        {
            _nodes[a].Right = Merge(_nodes[a].Right, b);
            _nodes[a].Size = 1 + Size(_nodes[a].Left) + Size(_nodes[a].Right);
            return a;
        }
        _nodes[b].Left = Merge(a, _nodes[b].Left);
        _nodes[b].Size = 1 + Size(_nodes[b].Left) + Size(_nodes[b].Right);
        return b;
    }

    private int RotateRight(int node)
    {
        int l = _nodes[node].Left;
        _nodes[node].Left = _nodes[l].Right;
        _nodes[l].Right = node;
        _nodes[l].Size = _nodes[node].Size;
        _nodes[node].Size = 1 + Size(_nodes[node].Left) + Size(_nodes[node].Right);
        return l;
    }

    private int RotateLeft(int node)
    {
        int r = _nodes[node].Right;
        _nodes[node].Right = _nodes[r].Left;
        _nodes[r].Left = node;
        _nodes[r].Size = _nodes[node].Size;
        _nodes[node].Size = 1 + Size(_nodes[node].Left) + Size(_nodes[node].Right);
        return r;
    }
}
