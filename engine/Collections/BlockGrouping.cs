using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// <see cref="Grouping.ByKey"/> on several threads, with the same result: each element-wise block of the
/// items counts its keys, the counts are turned into every (key, block)'s first output slot in key then block
/// order, and each block writes its items there. So the output is grouped by key and in input order within a
/// group, whatever the thread count. Allocates only when a call has more blocks or keys than any before.
/// </summary>
public sealed class BlockGrouping
{
    private readonly CountBody _count;
    private readonly ScatterBody _scatter;
    private int[] _items = [], _keyOf = [], _output = [];
    private int[] _slots = []; // [block * keys + key]: count, then first output slot
    private int _keys;

    public BlockGrouping()
    {
        _count = new CountBody(this);
        _scatter = new ScatterBody(this);
    }

    /// <summary>
    /// Writes items[0..<paramref name="count"/>) to <paramref name="output"/> grouped by keyOf[item]
    /// (0..<paramref name="keys"/> − 1); on return group k occupies output[start[k] .. start[k + 1]).
    /// </summary>
    public void ByKey(BlockRunner runner, int[] items, int count, int[] keyOf, int keys, int[] start, int[] output)
    {
        int blocks = BlockRunner.ElementwiseBlockCount(count);
        if (runner.Threads == 1 || blocks == 1)
        {
            Grouping.ByKey(items.AsSpan(0, count), keyOf, start.AsSpan(0, keys + 1), output);
            return;
        }
        if (_slots.Length < blocks * keys) _slots = new int[Math.Max(blocks * keys, 2 * _slots.Length)];
        (_items, _keyOf, _output, _keys) = (items, keyOf, output, keys);
        Array.Clear(_slots, 0, blocks * keys);
        runner.ForElementwise(count, _count);
        start[keys] = ToFirstSlots(_slots, blocks, keys, start);
        runner.ForElementwise(count, _scatter);
        (_items, _keyOf, _output) = ([], [], []);
    }

    /// <summary>
    /// Turns per-block counts <paramref name="slots"/>[block · keys + key] into each (key, block)'s first output
    /// slot, in key then block order: the stable order of a sequential counting pass, which the blocks then
    /// scatter into in parallel. With <paramref name="keyStart"/>, also writes each key's first slot there.
    /// Returns the total count.
    /// </summary>
    internal static int ToFirstSlots(Span<int> slots, int blocks, int keys, Span<int> keyStart = default)
    {
        int next = 0;
        for (int k = 0; k < keys; k++)
        {
            if (!keyStart.IsEmpty) keyStart[k] = next;
            for (int b = 0; b < blocks; b++)
            {
                int c = slots[b * keys + k];
                slots[b * keys + k] = next;
                next += c;
            }
        }
        return next;
    }

    private sealed class CountBody(BlockGrouping g) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int row = block * g._keys;
            for (int i = start; i < end; i++) g._slots[row + g._keyOf[g._items[i]]]++;
        }
    }

    private sealed class ScatterBody(BlockGrouping g) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int row = block * g._keys;
            for (int i = start; i < end; i++)
            {
                int item = g._items[i];
                g._output[g._slots[row + g._keyOf[item]]++] = item;
            }
        }
    }
}
