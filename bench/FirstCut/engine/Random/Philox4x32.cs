using System.Runtime.CompilerServices;

namespace TraffickingAbm.FirstCut.Engine.Random;

/// <summary>
/// Philox4x32-10, the counter-based generator of Salmon et al. 2011 ("Parallel random numbers: as easy
/// as 1, 2, 3", SC'11). A pure function of (key, counter): any draw can be recomputed from its
/// coordinates alone, which is what makes results independent of thread count and processing order.
/// </summary>
public static class Philox4x32
{
    private const uint M0 = 0xD2511F53, M1 = 0xCD9E8D57;
    private const uint W0 = 0x9E3779B9, W1 = 0xBB67AE85;

    /// <summary>Encrypts the 128-bit counter (c0..c3) under the 64-bit key (k0, k1) in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Block(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        for (int round = 0; round < 10; round++)
        {
            ulong p0 = (ulong)M0 * c0;
            ulong p1 = (ulong)M1 * c2;
            uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            uint n1 = (uint)p1;
            uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            uint n3 = (uint)p0;
            c0 = n0; c1 = n1; c2 = n2; c3 = n3;
            k0 += W0; k1 += W1;
        }
    }
}
