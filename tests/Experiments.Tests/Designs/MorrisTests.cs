using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Tests.Designs;

public class MorrisTests
{
    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 2.0 / 3)]
    [InlineData(6, 0.6)]
    [InlineData(10, 10.0 / 18)]
    public void Delta_is_p_over_2_p_minus_1(int levels, double delta) =>
        Assert.Equal(delta, Morris.Delta(levels), 15);

    [Theory]
    [InlineData(1, 1, 2, 0UL)]
    [InlineData(10, 4, 4, 1UL)]
    [InlineData(25, 7, 6, 99UL)]
    [InlineData(40, 12, 8, 12345UL)]
    public void Trajectories_move_one_factor_at_a_time_by_delta_on_the_grid(int r, int k, int p, ulong seed)
    {
        double[][] points = Morris.Points(r, k, p, seed);
        double delta = Morris.Delta(p);
        Assert.Equal(r * (k + 1), points.Length);
        foreach (double[] row in points)
        {
            Assert.Equal(k, row.Length);
            foreach (double x in row)
            {
                Assert.InRange(x, 0.0, 1.0);
                double level = x * (p - 1);
                Assert.Equal(Math.Round(level), level, 9); // on the grid {0, 1/(p−1), ..., 1}
            }
        }
        for (int t = 0; t < r; t++)
        {
            var moved = new bool[k];
            for (int m = 0; m < k; m++)
            {
                double[] before = points[t * (k + 1) + m], after = points[t * (k + 1) + m + 1];
                int[] changed = Enumerable.Range(0, k).Where(j => before[j] != after[j]).ToArray();
                Assert.Single(changed);
                Assert.Equal(delta, Math.Abs(after[changed[0]] - before[changed[0]]), 12);
                Assert.False(moved[changed[0]]);
                moved[changed[0]] = true;
            }
            Assert.All(moved, Assert.True);
        }
    }

    [Fact]
    public void Directions_orders_and_base_points_vary()
    {
        const int r = 200, k = 5, p = 6;
        double[][] points = Morris.Points(r, k, p, 3);
        int ups = 0, downs = 0;
        var firstFactors = new HashSet<int>();
        var bases = new HashSet<string>();
        for (int t = 0; t < r; t++)
        {
            double[] start = points[t * (k + 1)];
            bases.Add(string.Join(",", start));
            for (int m = 0; m < k; m++)
            {
                double[] before = points[t * (k + 1) + m], after = points[t * (k + 1) + m + 1];
                int j = Enumerable.Range(0, k).Single(c => before[c] != after[c]);
                if (m == 0) firstFactors.Add(j);
                if (after[j] > before[j]) ups++; else downs++;
            }
        }
        Assert.InRange(ups, 400, 600);   // r·k = 1000 steps, half up
        Assert.Equal(1000, ups + downs);
        Assert.Equal(k, firstFactors.Count);
        Assert.True(bases.Count > 150, $"{bases.Count} distinct starting points");
    }

    [Fact]
    public void One_seed_repeats_and_two_seeds_differ()
    {
        Assert.Equal(Morris.Points(10, 4, 4, 77), Morris.Points(10, 4, 4, 77));
        Assert.NotEqual(Morris.Points(10, 4, 4, 77), Morris.Points(10, 4, 4, 78));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Linear_function_gives_mu_star_equal_to_the_absolute_coefficient(int levels)
    {
        double[] c = [3.0, -2.5, 0.0, 0.125, -10.0, 1e-3];
        int k = c.Length;
        double[][] points = Morris.Points(30, k, levels, 2024);
        double[] y = points.Select(x => x.Select((v, j) => c[j] * v).Sum()).ToArray();
        var (mu, muStar, sigma) = Morris.ElementaryEffects(y, points, k);
        for (int j = 0; j < k; j++)
        {
            Assert.Equal(Math.Abs(c[j]), muStar[j], 1e-9);
            Assert.Equal(c[j], mu[j], 1e-9);
            Assert.Equal(0, sigma[j], 1e-9);
        }
    }

    [Fact]
    public void Nonlinear_effects_spread_and_interactions_show_in_sigma()
    {
        // y = x1 · x2: EE_1 = x2 and EE_2 = x1 at the step, so μ* > 0 and σ > 0 for both; x3 has no effect
        double[][] points = Morris.Points(50, 3, 4, 8);
        double[] y = points.Select(x => x[0] * x[1]).ToArray();
        var (_, muStar, sigma) = Morris.ElementaryEffects(y, points, 3);
        Assert.True(muStar[0] > 0.1 && muStar[1] > 0.1);
        Assert.True(sigma[0] > 0.1 && sigma[1] > 0.1);
        Assert.Equal(0, muStar[2]);
        Assert.Equal(0, sigma[2]);
    }

    [Fact]
    public void Sigma_is_nan_with_one_trajectory()
    {
        double[][] points = Morris.Points(1, 2, 4, 1);
        var (_, _, sigma) = Morris.ElementaryEffects(points.Select(x => x[0]).ToArray(), points, 2);
        Assert.All(sigma, s => Assert.True(double.IsNaN(s)));
    }

    [Fact]
    public void ElementaryEffects_rejects_designs_that_are_not_one_at_a_time()
    {
        double[][] twoAtOnce = [[0, 0], [1, 1], [1, 0]];
        Assert.Throws<ArgumentException>(() => Morris.ElementaryEffects(new double[3], twoAtOnce, 2));
        double[][] sameTwice = [[0, 0], [1, 0], [0, 0]];
        Assert.Throws<ArgumentException>(() => Morris.ElementaryEffects(new double[3], sameTwice, 2));
        double[][] still = [[0, 0], [0, 0], [0, 1]];
        Assert.Throws<ArgumentException>(() => Morris.ElementaryEffects(new double[3], still, 2));
        Assert.Throws<ArgumentException>(() => Morris.ElementaryEffects(new double[4], Morris.Points(1, 2, 4, 1), 2));
        Assert.Throws<ArgumentException>(() => Morris.ElementaryEffects(new double[4], Morris.Points(1, 3, 4, 1), 2));
    }

    [Theory]
    [InlineData(0, 2, 4)]
    [InlineData(1, 0, 4)]
    [InlineData(1, 2, 3)]
    [InlineData(1, 2, 0)]
    public void Points_rejects_bad_arguments(int r, int k, int levels) =>
        Assert.ThrowsAny<ArgumentException>(() => Morris.Points(r, k, levels, 1));
}
