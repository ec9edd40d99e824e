using System.Numerics;

namespace TraffickingAbm.Experiments.Batch.Designs;

/// <summary>
/// The Sobol low-discrepancy sequence (I. M. Sobol', "On the distribution of points in a cube and the approximate
/// evaluation of integrals", USSR Comput. Math. Math. Phys. 7(4):86–112, 1967) with Joe &amp; Kuo's direction
/// numbers new-joe-kuo-6.21201 (S. Joe and F. Y. Kuo, SIAM J. Sci. Comput. 30:2635–2654, 2008), built as in
/// their reference program sobol.cc: 32-bit direction numbers, points in Gray-code order (Antonov &amp; Saleev 1979),
/// dimension 1 the van der Corput sequence in base 2. Point 0 is the origin; the first 2^m points of every
/// dimension are a permutation of { i / 2^m }. Unscrambled, so the same call gives the same points everywhere.
/// </summary>
public static partial class SobolSequence
{
    /// <summary>The number of dimensions whose direction numbers are embedded.</summary>
    public const int MaxDimensions = 1024;

    /// <summary>Bits per coordinate; points are multiples of 2^-32 and at most 2^32 can be drawn.</summary>
    private const int Bits = 32;

    private static readonly Lazy<uint[][]> Directions = new(BuildDirections);

    /// <summary>
    /// Points skip, skip+1, ..., skip+n−1 of the <paramref name="dims"/>-dimensional sequence, each in [0,1)^dims.
    /// Point i's coordinate j is the XOR of direction numbers v_j,b over the set bits b of gray(i) = i ^ (i &gt;&gt; 1),
    /// divided by 2^32 (exact in a double).
    /// </summary>
    public static double[][] Points(int n, int dims, int skip = 0)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must not be negative");
        if (dims < 1 || dims > MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dims), dims, $"must be in 1..{MaxDimensions}");
        if (skip < 0) throw new ArgumentOutOfRangeException(nameof(skip), skip, "must not be negative");
        if ((long)n * dims > 100_000_000) throw new ArgumentException("n·dims above 100,000,000 values");

        uint[][] v = Directions.Value;
        var x = new uint[dims];
        ulong gray = (ulong)skip ^ ((ulong)skip >> 1);
        for (int j = 0; j < dims; j++)
            for (int b = 0; b < Bits; b++)
                if (((gray >> b) & 1) != 0) x[j] ^= v[j][b];

        const double Scale = 1.0 / 4294967296.0; // 2^-32
        var points = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var row = new double[dims];
            for (int j = 0; j < dims; j++) row[j] = x[j] * Scale;
            points[i] = row;
            if (i == n - 1) break;
            // from index to index+1 the Gray code flips the bit at the lowest zero bit of index
            ulong index = (ulong)skip + (ulong)i;
            int c = BitOperations.TrailingZeroCount(~index);
            for (int j = 0; j < dims; j++) x[j] ^= v[j][c];
        }
        return points;
    }

    /// <summary>
    /// v[j][b] = m_{b+1} · 2^(31−b) for dimension j+1: given for b &lt; s, then the recurrence of Joe &amp; Kuo
    /// (Bratley &amp; Fox 1988, eq. 2): v_k = a_1 v_{k−1} ⊕ ... ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} &gt;&gt; s).
    /// </summary>
    private static uint[][] BuildDirections()
    {
        var all = new uint[MaxDimensions][];
        var first = new uint[Bits];
        for (int b = 0; b < Bits; b++) first[b] = 1u << (Bits - 1 - b); // van der Corput: all m = 1
        all[0] = first;
        for (int d = 1; d < MaxDimensions; d++)
        {
            int[] row = JoeKuo[d - 1];
            int s = row[0], a = row[1];
            var v = new uint[Bits];
            for (int k = 0; k < Math.Min(s, Bits); k++) v[k] = (uint)row[2 + k] << (Bits - 1 - k);
            for (int k = s; k < Bits; k++)
            {
                uint next = v[k - s] ^ (v[k - s] >> s);
                for (int l = 1; l < s; l++)
                    if (((a >> (s - 1 - l)) & 1) != 0) next ^= v[k - l];
                v[k] = next;
            }
            all[d] = v;
        }
        return all;
    }
}
