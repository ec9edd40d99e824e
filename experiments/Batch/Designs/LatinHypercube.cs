using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Experiments.Batch.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman &amp; Conover 1979, "A comparison of three methods for selecting
/// values of input variables in the analysis of output from a computer code", <i>Technometrics</i> 21(2):239–245).
/// In every dimension the n values fall one in each stratum [i/n, (i+1)/n), strata are matched across
/// dimensions by an independent random permutation per dimension, and each value is uniform inside its stratum.
/// </summary>
public static class LatinHypercube
{
    /// <summary>The <see cref="RngStream"/> stream of this design; dimension j draws from entity j.</summary>
    private const int Stream = 9001;

    /// <summary>
    /// n points in [0,1)^k. Reproducible from (n, k, seed): dimension j uses its own stream, so the first
    /// k' columns of a k-dimensional design equal the k'-dimensional design with the same n and seed.
    /// </summary>
    public static double[][] Points(int n, int k, ulong seed)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "need at least one point");
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "need at least one dimension");
        if ((long)n * k > 100_000_000) throw new ArgumentException("n·k above 100,000,000 values");

        var points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[k];

        var strata = new int[n];
        for (int j = 0; j < k; j++)
        {
            var rng = new RngStream(seed, 0, Stream, j, 0);
            for (int i = 0; i < n; i++) strata[i] = i;
            for (int i = n - 1; i > 0; i--) // Fisher–Yates
            {
                int swap = rng.NextInt(i + 1);
                (strata[i], strata[swap]) = (strata[swap], strata[i]);
            }
            for (int i = 0; i < n; i++)
                points[i][j] = InStratum(strata[i], n, rng.NextDouble());
        }
        return points;
    }

    /// <summary>
    /// (s + u)/n, nudged by ulps where rounding would move it out of stratum s, so that
    /// <c>Math.Floor(x * n) == s</c> holds in floating point and x &lt; 1.
    /// </summary>
    private static double InStratum(int s, int n, double u)
    {
        double x = (s + u) / n;
        while (Math.Floor(x * n) > s) x = Math.BitDecrement(x);
        while (Math.Floor(x * n) < s) x = Math.BitIncrement(x);
        return x;
    }
}
