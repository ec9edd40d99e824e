using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Experiments.Batch.Designs;

/// <summary>
/// Morris's elementary-effects screening design (M. D. Morris, "Factorial sampling plans for preliminary
/// computational experiments", Technometrics 33(2):161–174, 1991), in the notation of F. Campolongo, J. Cariboni and
/// A. Saltelli, "An effective screening design for sensitivity analysis of large models", Environ. Model. Softw.
/// 22:1509–1518, 2007: p grid levels {0, 1/(p−1), ..., 1}, step Δ = p / (2(p−1)), and μ* = mean |EE|.
/// </summary>
public static class Morris
{
    /// <summary>The <see cref="RngStream"/> stream of this design; trajectory t draws from entity t.</summary>
    private const int Stream = 9002;

    /// <summary>Δ = p / (2(p−1)) for p levels: p/2 grid steps.</summary>
    public static double Delta(int levels)
    {
        CheckLevels(levels);
        return levels / (2.0 * (levels - 1));
    }

    /// <summary>
    /// r·(k+1) rows on the p-level grid, trajectory by trajectory (Morris's B* = (J x* + (Δ/2)[(2B − J)D* + J])P*).
    /// Each trajectory draws a base point x* with every x*_j on the grid and x*_j + Δ ≤ 1, a direction D*_j = ±1 and a
    /// factor order P*. Its first row has factor j at x*_j when D*_j = +1 and at x*_j + Δ otherwise; each of the next k
    /// rows moves one factor, in the order P*, by D*_j·Δ, so every value stays in {x*_j, x*_j + Δ} ⊂ [0, 1].
    /// p must be even (Morris 1991), so that x* + Δ is on the grid. Reproducible from (r, k, p, seed).
    /// </summary>
    public static double[][] Points(int trajectories, int k, int levels, ulong seed)
    {
        if (trajectories < 1) throw new ArgumentOutOfRangeException(nameof(trajectories), trajectories, "need at least one trajectory");
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "need at least one factor");
        CheckLevels(levels);
        if ((long)trajectories * (k + 1) * k > 100_000_000) throw new ArgumentException("design above 100,000,000 values");

        int half = levels / 2;          // Δ in grid steps
        double gridStep = levels - 1;   // value = level index / (p − 1)
        var rows = new double[trajectories * (k + 1)][];
        var level = new int[k];
        var order = new int[k];
        var up = new bool[k];
        for (int t = 0; t < trajectories; t++)
        {
            var rng = new RngStream(seed, 0, Stream, t, 0);
            for (int j = 0; j < k; j++) level[j] = rng.NextInt(half);    // x*_j ∈ {0, ..., 1 − Δ}
            for (int j = 0; j < k; j++) up[j] = rng.NextInt(2) == 0;     // D*_j
            for (int j = 0; j < k; j++) order[j] = j;
            for (int j = k - 1; j > 0; j--)                              // P*, Fisher–Yates
            {
                int swap = rng.NextInt(j + 1);
                (order[j], order[swap]) = (order[swap], order[j]);
            }

            var current = new int[k];
            for (int j = 0; j < k; j++) current[j] = up[j] ? level[j] : level[j] + half;
            int r = t * (k + 1);
            rows[r] = ToValues(current, gridStep);
            for (int m = 0; m < k; m++)
            {
                int j = order[m];
                current[j] += up[j] ? half : -half;
                rows[r + m + 1] = ToValues(current, gridStep);
            }
        }
        return rows;
    }

    /// <summary>
    /// Per factor: μ (mean elementary effect), μ* (mean absolute elementary effect, Campolongo et al. 2007) and σ
    /// (sample standard deviation, n − 1 denominator as in SALib; NaN with one trajectory). In each trajectory of
    /// k+1 consecutive rows, step m changes exactly one factor j and EE_j = (y_{m+1} − y_m) / (x_{m+1,j} − x_{m,j}).
    /// </summary>
    /// <exception cref="ArgumentException">Shapes disagree, or a trajectory's step changes other than one factor,
    /// or a factor does not change exactly once in a trajectory.</exception>
    public static (double[] Mu, double[] MuStar, double[] Sigma) ElementaryEffects(double[] outputs, double[][] points, int k)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(points);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "need at least one factor");
        if (points.Length == 0 || points.Length % (k + 1) != 0)
            throw new ArgumentException($"{points.Length} rows is not a positive multiple of k+1 = {k + 1}", nameof(points));
        if (outputs.Length != points.Length)
            throw new ArgumentException($"{outputs.Length} outputs for {points.Length} rows", nameof(outputs));
        foreach (var row in points)
            if (row is null || row.Length != k) throw new ArgumentException($"every row needs {k} values", nameof(points));

        int r = points.Length / (k + 1);
        var effects = new double[k, r];
        var seen = new bool[k];
        for (int t = 0; t < r; t++)
        {
            Array.Clear(seen);
            int start = t * (k + 1);
            for (int m = 0; m < k; m++)
            {
                double[] before = points[start + m], after = points[start + m + 1];
                int changed = -1;
                for (int j = 0; j < k; j++)
                {
                    if (before[j] == after[j]) continue;
                    if (changed >= 0)
                        throw new ArgumentException($"trajectory {t} step {m} changes more than one factor", nameof(points));
                    changed = j;
                }
                if (changed < 0) throw new ArgumentException($"trajectory {t} step {m} changes no factor", nameof(points));
                if (seen[changed]) throw new ArgumentException($"trajectory {t} changes factor {changed} twice", nameof(points));
                seen[changed] = true;
                effects[changed, t] = (outputs[start + m + 1] - outputs[start + m]) / (after[changed] - before[changed]);
            }
        }

        var mu = new double[k];
        var muStar = new double[k];
        var sigma = new double[k];
        for (int j = 0; j < k; j++)
        {
            double sum = 0, sumAbs = 0;
            for (int t = 0; t < r; t++)
            {
                sum += effects[j, t];
                sumAbs += Math.Abs(effects[j, t]);
            }
            mu[j] = sum / r;
            muStar[j] = sumAbs / r;
            if (r < 2) { sigma[j] = double.NaN; continue; }
            double squares = 0;
            for (int t = 0; t < r; t++) squares += (effects[j, t] - mu[j]) * (effects[j, t] - mu[j]);
            sigma[j] = Math.Sqrt(squares / (r - 1));
        }
        return (mu, muStar, sigma);
    }

    private static double[] ToValues(int[] levels, double gridStep)
    {
        var values = new double[levels.Length];
        for (int j = 0; j < levels.Length; j++) values[j] = levels[j] / gridStep;
        return values;
    }

    private static void CheckLevels(int levels)
    {
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris needs an even number of levels, at least 2");
    }
}
