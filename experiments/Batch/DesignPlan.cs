using System.Globalization;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>One run of a study: its id, design point, replication, derived seed and factor values (as scenario text).</summary>
public sealed record PlannedRun(int RunId, int DesignPoint, int Replication, ulong Seed, IReadOnlyList<string> Values);

/// <summary>
/// Expands a spec into its runs. Design points come from the sampler alone (name, size, root seed), so a
/// design can be regenerated exactly; run id = point × replications + replication; a run's seed depends only
/// on the root seed, its design point and its replication — never on order, threads or shards.
/// </summary>
public static class DesignPlan
{
    public static int PointCount(BatchSpec spec) => spec.Design.Kind switch
    {
        DesignKind.Grid => checked((int)spec.Factors.Aggregate(1L, (n, f) => n * f.Steps)),
        DesignKind.LatinHypercube => spec.Design.Size,
        DesignKind.Sobol => checked(spec.Design.Size * (2 * spec.Factors.Count + 2)),
        _ => checked(spec.Design.Size * (spec.Factors.Count + 1)),
    };

    public static ulong RunSeed(ulong rootSeed, int designPoint, int replication) =>
        SeedMixer.Combine(SeedMixer.Combine(SeedMixer.Mix(rootSeed), (ulong)designPoint), (ulong)replication);

    public static IReadOnlyList<PlannedRun> Expand(BatchSpec spec)
    {
        var points = Points(spec);
        var runs = new List<PlannedRun>(points.Count * spec.Replications);
        for (int p = 0; p < points.Count; p++)
            for (int r = 0; r < spec.Replications; r++)
                runs.Add(new PlannedRun(runs.Count, p, r, RunSeed(spec.Seed, p, r), points[p]));
        return runs;
    }

    /// <summary>Factor values (scenario text) of every design point, in design order.</summary>
    public static IReadOnlyList<string[]> Points(BatchSpec spec)
    {
        var factors = spec.Factors;
        int k = factors.Count;
        if (spec.Design.Kind == DesignKind.Grid)
        {
            var levels = factors.Select(GridLevels).ToList();
            return FullFactorial.Points(levels.Select(l => l.Count).ToList())
                .Select(idx => idx.Select((i, j) => levels[j][i]).ToArray()).ToList();
        }
        double[][] unit = spec.Design.Kind switch
        {
            DesignKind.LatinHypercube => LatinHypercube.Points(spec.Design.Size, k, spec.Seed),
            // Skip the sequence's first points (the first is all 0.5s after the origin), as SALib does: a power
            // of two ≥ N, at least 16.
            DesignKind.Sobol => Saltelli.Points(spec.Design.Size, k, secondOrder: true, skip: SobolSkip(spec.Design.Size)),
            _ => Morris.Points(spec.Design.Size, k, spec.Design.Levels, spec.Seed),
        };
        return unit.Select(u => u.Select((x, j) => FromUnit(factors[j], x)).ToArray()).ToList();
    }

    public static int SobolSkip(int n) => Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n));

    private static List<string> GridLevels(Factor f) => f.Kind == FactorKind.Levels
        ? f.Levels.ToList()
        : Enumerable.Range(0, f.Steps).Select(i => Format(f, Lerp(f, (double)i / (f.Steps - 1)))).ToList();

    /// <summary>Maps a unit-interval coordinate onto a factor: a level by equal-width bins, or a point in [min, max].</summary>
    private static string FromUnit(Factor f, double u) => f.Kind == FactorKind.Levels
        ? f.Levels[Math.Min((int)(u * f.Levels.Count), f.Levels.Count - 1)]
        : Format(f, Lerp(f, u));

    /// <summary>min·(1−t) + max·t: exact at both ends, so a grid's last level is max itself.</summary>
    private static double Lerp(Factor f, double t) => f.Min * (1 - t) + f.Max * t;

    private static string Format(Factor f, double x) => f.Integer
        ? ((long)Math.Round(x, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture)
        : x.ToString("R", CultureInfo.InvariantCulture);
}
