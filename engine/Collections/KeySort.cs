using System.Runtime.InteropServices;
using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Engine.Collections;

/// <summary>
/// Sorts items by double keys: an LSD radix sort on the keys' order-preserving 64-bit patterns (8 passes of
/// 8 bits, stable), linear in the length, for the million-element sorts of world construction. With a runner
/// of two or more threads every pass runs in blocks: each block counts its digits, the counts become every
/// (digit, block)'s first slot in digit then block order, and each block scatters its elements there, which
/// is the sequential pass's stable order. Small arrays use the library sort. Items with equal keys come out
/// in input order (library sort: any order); callers that need another order break ties afterwards (runs of
/// equal keys are contiguous), so the result never depends on the thread count.
/// </summary>
public static class KeySort
{
    private const int RadixThreshold = 1 << 12, ParallelThreshold = 1 << 16, Digits = 256;

    public static void Sort(double[] keys, int[] items, int length, BlockRunner? runner = null)
    {
        if (length < RadixThreshold)
        {
            keys.AsSpan(0, length).Sort(items.AsSpan(0, length));
            return;
        }
        runner ??= BlockRunner.Sequential;
        if (runner.Threads < 2 || length < ParallelThreshold) runner = BlockRunner.Sequential;
        new RadixSort(keys, items, length).Run(runner);
    }

    /// <summary>
    /// One sort's arrays and the pass in progress; the block bodies read them. The keys' own array holds their
    /// 64-bit patterns during the sort (encoded in place) and the caller's items array is the other half of the
    /// first pass, so the sort allocates one scratch copy of keys and items, not two (on a 10M-edge world that is
    /// 120 MB less memory to touch).
    /// </summary>
    private sealed class RadixSort : IBlockBody
    {
        private readonly double[] _keys;
        private readonly int[] _items;
        private readonly int _length, _blocks;
        private readonly ulong[] _scratchBits;
        private readonly int[] _scratchItems;
        private bool _inScratch; // the current order is in the scratch arrays (after an odd number of passes)
        private readonly int[] _slots; // [block · 256 + digit]: count, then next output slot
        private int _shift;
        private Stage _stage;

        private enum Stage { Encode, Count, Scatter, Decode }

        public RadixSort(double[] keys, int[] items, int length)
        {
            (_keys, _items, _length) = (keys, items, length);
            _blocks = BlockRunner.BlockCount(length);
            _scratchBits = new ulong[length];
            _scratchItems = new int[length];
            _slots = new int[_blocks * Digits];
        }

        private Span<ulong> KeyBits => MemoryMarshal.Cast<double, ulong>(_keys.AsSpan(0, _length));

        public void Run(BlockRunner runner)
        {
            Do(runner, Stage.Encode);
            for (_shift = 0; _shift < 64; _shift += 8)
            {
                Array.Clear(_slots);
                Do(runner, Stage.Count);
                int first = (int)((_inScratch ? _scratchBits[0] : KeyBits[0]) >> _shift) & 0xFF, total = 0;
                for (int b = 0; b < _blocks; b++) total += _slots[b * Digits + first];
                if (total == _length) continue; // every key has this byte
                BlockGrouping.ToFirstSlots(_slots, _blocks, Digits);
                Do(runner, Stage.Scatter);
                _inScratch = !_inScratch;
            }
            Do(runner, Stage.Decode);
        }

        private void Do(BlockRunner runner, Stage stage)
        {
            _stage = stage;
            runner.For(_length, this);
        }

        public void Run(int block, int start, int end, int worker)
        {
            var keyBits = KeyBits;
            Span<ulong> fromBits = _inScratch ? _scratchBits : keyBits, toBits = _inScratch ? keyBits : _scratchBits;
            Span<int> fromItems = _inScratch ? _scratchItems : _items, toItems = _inScratch ? _items : _scratchItems;
            switch (_stage)
            {
                case Stage.Encode:
                    for (int i = start; i < end; i++) keyBits[i] = OrderKey(_keys[i]);
                    break;
                case Stage.Count:
                {
                    var counts = _slots.AsSpan(block * Digits, Digits);
                    for (int i = start; i < end; i++) counts[(int)(fromBits[i] >> _shift) & 0xFF]++;
                    break;
                }
                case Stage.Scatter:
                {
                    var next = _slots.AsSpan(block * Digits, Digits);
                    for (int i = start; i < end; i++)
                    {
                        int at = next[(int)(fromBits[i] >> _shift) & 0xFF]++;
                        toBits[at] = fromBits[i];
                        toItems[at] = fromItems[i];
                    }
                    break;
                }
                case Stage.Decode:
                    for (int i = start; i < end; i++)
                    {
                        ulong bits = fromBits[i];
                        _keys[i] = FromOrderKey(bits);
                        if (_inScratch) _items[i] = fromItems[i];
                    }
                    break;
            }
        }
    }

    /// <summary>A 64-bit pattern with the order of the double (negative values flipped).</summary>
    private static ulong OrderKey(double v)
    {
        ulong b = (ulong)BitConverter.DoubleToInt64Bits(v);
        return (b & 0x8000_0000_0000_0000UL) != 0 ? ~b : b | 0x8000_0000_0000_0000UL;
    }

    private static double FromOrderKey(ulong k) =>
        BitConverter.Int64BitsToDouble((long)((k & 0x8000_0000_0000_0000UL) != 0 ? k & 0x7FFF_FFFF_FFFF_FFFFUL : ~k));
}
