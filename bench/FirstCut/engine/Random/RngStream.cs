using System.Runtime.CompilerServices;

namespace TraffickingAbm.FirstCut.Engine.Random;

/// <summary>
/// A deterministic stream of random numbers keyed by (seed, run, stream, entity, tick).
/// The key (seed, run, stream) and the counter (entity, tick, draw index) feed Philox4x32-10, so two
/// streams with different coordinates never overlap and a stream's n-th draw does not depend on what
/// any other stream drew. A mutable struct: create it where it is used and pass it by ref.
/// </summary>
public struct RngStream
{
    private readonly uint _k0, _k1;
    private readonly uint _tick, _entityLo, _entityHi;
    private uint _block;
    private uint _b0, _b1, _b2, _b3;
    private int _available; // unread 32-bit words left in the current block

    public RngStream(ulong seed, int run, int stream, long entity, int tick)
    {
        ulong key = SeedMixer.Combine(SeedMixer.Combine(SeedMixer.Mix(seed), (ulong)(uint)run), (ulong)(uint)stream);
        _k0 = (uint)key;
        _k1 = (uint)(key >> 32);
        _tick = (uint)tick;
        _entityLo = (uint)entity;
        _entityHi = (uint)((ulong)entity >> 32);
        _block = 0;
        _b0 = _b1 = _b2 = _b3 = 0;
        _available = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (_available == 0) Refill();
        uint v = (4 - _available) switch { 0 => _b0, 1 => _b1, 2 => _b2, _ => _b3 };
        _available--;
        return v;
    }

    public ulong NextUInt64() => ((ulong)NextUInt32() << 32) | NextUInt32();

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on [min, max).</summary>
    public double NextDouble(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer on [0, n), unbiased (Lemire 2019, "Fast random integer generation in an interval").</summary>
    public int NextInt(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        ulong m = (ulong)NextUInt32() * (uint)n;
        uint low = (uint)m;
        if (low < (uint)n)
        {
            uint threshold = (uint)(-n) % (uint)n;
            while (low < threshold)
            {
                m = (ulong)NextUInt32() * (uint)n;
                low = (uint)m;
            }
        }
        return (int)(m >> 32);
    }

    private void Refill()
    {
        uint c0 = _block++, c1 = _tick, c2 = _entityLo, c3 = _entityHi;
        Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, _k0, _k1);
        _b0 = c0; _b1 = c1; _b2 = c2; _b3 = c3;
        _available = 4;
    }
}
