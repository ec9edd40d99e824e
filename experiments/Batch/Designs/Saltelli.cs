namespace TraffickingAbm.Experiments.Batch.Designs;

/// <summary>
/// Saltelli's cross-sampled design for Sobol' sensitivity indices and its estimators
/// (A. Saltelli, "Making best use of model evaluations to compute sensitivity indices", Comput. Phys. Commun.
/// 145:280–297, 2002; A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto and S. Tarantola, "Variance based
/// sensitivity analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys. Commun.
/// 181:259–270, 2010; M. J. W. Jansen, "Analysis of variance designs for model output", Comput. Phys. Commun.
/// 117:35–43, 1999). The row layout and the estimators follow SALib's <c>saltelli.sample</c> and
/// <c>sobol.analyze</c> (first_order, total_order), so outputs can be checked against SALib.
/// </summary>
public static class Saltelli
{
    /// <summary>
    /// The design on [0,1)^k. Base rows come from the 2k-dimensional Sobol sequence (points skip..skip+n−1):
    /// A_i is its first k columns, B_i its last k. For each i the rows are A_i; AB_i^(1..k) (A_i with column j
    /// from B_i); when <paramref name="secondOrder"/>, BA_i^(1..k) (B_i with column j from A_i); then B_i.
    /// That is n·(2k+2) rows with second order, n·(k+2) without. The default skip of 1 drops the origin.
    /// </summary>
    public static double[][] Points(int n, int k, bool secondOrder = true, int skip = 1)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "need at least one base row");
        if (k < 1 || 2 * k > SobolSequence.MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"must be in 1..{SobolSequence.MaxDimensions / 2}");
        int step = RowsPerBase(k, secondOrder);
        if ((long)n * step * k > 100_000_000) throw new ArgumentException("design above 100,000,000 values");

        double[][] sobol = SobolSequence.Points(n, 2 * k, skip);
        var rows = new double[n * step][];
        int r = 0;
        for (int i = 0; i < n; i++)
        {
            double[] a = sobol[i].AsSpan(0, k).ToArray();
            double[] b = sobol[i].AsSpan(k, k).ToArray();
            rows[r++] = a;
            for (int j = 0; j < k; j++)
            {
                var ab = (double[])a.Clone();
                ab[j] = b[j];
                rows[r++] = ab;
            }
            if (secondOrder)
            {
                for (int j = 0; j < k; j++)
                {
                    var ba = (double[])b.Clone();
                    ba[j] = a[j];
                    rows[r++] = ba;
                }
            }
            rows[r++] = b;
        }
        return rows;
    }

    /// <summary>
    /// First-order S1 and total-order ST indices from outputs in the row order of <see cref="Points"/>.
    /// With Y centred on the mean of all outputs and V the population variance of the A and B outputs together:
    /// S1_j = mean(f(B)·(f(AB^j) − f(A))) / V (Saltelli et al. 2010, table 2) and
    /// ST_j = mean((f(A) − f(AB^j))²) / (2V) (Jansen 1999; Saltelli et al. 2010, table 2).
    /// Centring matters for S1 in a finite sample, as in SALib; scaling cancels. A constant output gives NaN.
    /// </summary>
    public static (double[] S1, double[] ST) Indices(double[] outputs, int n, int k, bool secondOrder = true)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "need at least one base row");
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "need at least one factor");
        int step = RowsPerBase(k, secondOrder);
        if (outputs.Length != (long)n * step)
            throw new ArgumentException(
                $"expected n·({(secondOrder ? "2k+2" : "k+2")}) = {(long)n * step} outputs, got {outputs.Length}", nameof(outputs));

        double mean = 0;
        foreach (double y in outputs) mean += y;
        mean /= outputs.Length;

        var fa = new double[n];
        var fb = new double[n];
        for (int i = 0; i < n; i++)
        {
            fa[i] = outputs[i * step] - mean;
            fb[i] = outputs[i * step + step - 1] - mean;
        }

        double abMean = 0;
        for (int i = 0; i < n; i++) abMean += fa[i] + fb[i];
        abMean /= 2 * n;
        double variance = 0;
        for (int i = 0; i < n; i++)
            variance += (fa[i] - abMean) * (fa[i] - abMean) + (fb[i] - abMean) * (fb[i] - abMean);
        variance /= 2 * n;

        var s1 = new double[k];
        var st = new double[k];
        for (int j = 0; j < k; j++)
        {
            double first = 0, total = 0;
            for (int i = 0; i < n; i++)
            {
                double fab = outputs[i * step + 1 + j] - mean;
                first += fb[i] * (fab - fa[i]);
                total += (fa[i] - fab) * (fa[i] - fab);
            }
            s1[j] = first / n / variance;
            st[j] = 0.5 * total / n / variance;
        }
        return (s1, st);
    }

    private static int RowsPerBase(int k, bool secondOrder) => secondOrder ? 2 * k + 2 : k + 2;
}
