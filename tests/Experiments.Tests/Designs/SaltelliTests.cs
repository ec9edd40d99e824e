using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Tests.Designs;

public class SaltelliTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(8, 3)]
    [InlineData(16, 10)]
    [InlineData(5, 32)]
    public void Row_counts_are_n_times_2k_plus_2_or_k_plus_2(int n, int k)
    {
        double[][] second = Saltelli.Points(n, k);
        double[][] first = Saltelli.Points(n, k, secondOrder: false);
        Assert.Equal(n * (2 * k + 2), second.Length);
        Assert.Equal(n * (k + 2), first.Length);
        Assert.All(second, row => Assert.Equal(k, row.Length));
        Assert.All(first, row => Assert.Equal(k, row.Length));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    [InlineData(false, 37)]
    public void Blocks_are_A_then_AB_then_BA_then_B_from_the_2k_dimensional_sobol_points(bool secondOrder, int skip)
    {
        const int n = 32, k = 4;
        double[][] rows = Saltelli.Points(n, k, secondOrder, skip);
        double[][] sobol = SobolSequence.Points(n, 2 * k, skip);
        int step = secondOrder ? 2 * k + 2 : k + 2;
        for (int i = 0; i < n; i++)
        {
            double[] a = sobol[i][..k], b = sobol[i][k..];
            int r = i * step;
            Assert.Equal(a, rows[r]);
            for (int j = 0; j < k; j++)
            {
                double[] ab = rows[r + 1 + j];
                for (int c = 0; c < k; c++) Assert.Equal(c == j ? b[c] : a[c], ab[c]);
            }
            if (secondOrder)
            {
                for (int j = 0; j < k; j++)
                {
                    double[] ba = rows[r + 1 + k + j];
                    for (int c = 0; c < k; c++) Assert.Equal(c == j ? a[c] : b[c], ba[c]);
                }
            }
            Assert.Equal(b, rows[r + step - 1]);
        }
    }

    [Fact]
    public void Default_skip_drops_the_origin()
    {
        // Sobol point 0 is the origin, point 1 is (1/2, ..., 1/2): with skip 1 the first A and B are both all halves
        double[][] rows = Saltelli.Points(2, 3);
        Assert.Equal([0.5, 0.5, 0.5], rows[0]);
        Assert.Equal([0.5, 0.5, 0.5], rows[7]);
        Assert.DoesNotContain(rows, r => r.All(x => x == 0));
    }

    [Fact]
    public void Ishigami_indices_match_the_analytic_values()
    {
        // Ishigami & Homma (1990) f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, a = 7, b = 0.1 (Saltelli et al. 2010 §4).
        const double a = 7, b = 0.1;
        const int n = 4096, k = 3;
        double pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        double v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2), v2 = a * a / 8, v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1Exact = [v1 / v, v2 / v, 0];
        double[] stExact = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal([0.3139, 0.4424, 0.0], s1Exact.Select(x => Math.Round(x, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], stExact.Select(x => Math.Round(x, 4)));

        foreach (bool secondOrder in new[] { true, false })
        {
            double[] y = Saltelli.Points(n, k, secondOrder).Select(p =>
            {
                double x1 = Math.PI * (2 * p[0] - 1), x2 = Math.PI * (2 * p[1] - 1), x3 = Math.PI * (2 * p[2] - 1);
                return Math.Sin(x1) + a * Math.Sin(x2) * Math.Sin(x2) + b * Math.Pow(x3, 4) * Math.Sin(x1);
            }).ToArray();
            var (s1, st) = Saltelli.Indices(y, n, k, secondOrder);

            // ±0.05: the brief's tolerance. Monte Carlo with N = 4096 has a standard error of about 0.01–0.02 for these
            // estimators on Ishigami (SALib's bootstrap 95% intervals at N = 1024 are ±0.03–0.06 and shrink as 1/√N), and
            // the Sobol design does better than that; 0.05 leaves room for that error while a wrong estimator (e.g.
            // Sobol 1993's S1, an uncentred output, V from A only, or swapped A/B blocks) misses by far more.
            // The design is deterministic (unscrambled Sobol), so the test cannot be flaky; the errors seen are < 0.001,
            // and the 0.01 check below guards against a regression that 0.05 would hide.
            for (int j = 0; j < k; j++)
            {
                Assert.InRange(s1[j], s1Exact[j] - 0.05, s1Exact[j] + 0.05);
                Assert.InRange(st[j], stExact[j] - 0.05, stExact[j] + 0.05);
                Assert.InRange(s1[j], s1Exact[j] - 0.01, s1Exact[j] + 0.01);
                Assert.InRange(st[j], stExact[j] - 0.01, stExact[j] + 0.01);
            }
        }
    }

    [Fact]
    public void Additive_model_indices_are_shares_of_the_variance()
    {
        // y = x1 + 2 x2 + 0 x3 on U(0,1)^3: variances 1/12, 4/12, 0, so S1 = ST = (0.2, 0.8, 0)
        const int n = 2048, k = 3;
        double[] y = Saltelli.Points(n, k).Select(p => p[0] + 2 * p[1]).ToArray();
        var (s1, st) = Saltelli.Indices(y, n, k);
        double[] exact = [0.2, 0.8, 0];
        for (int j = 0; j < k; j++)
        {
            Assert.InRange(s1[j], exact[j] - 0.01, exact[j] + 0.01);
            Assert.InRange(st[j], exact[j] - 0.01, exact[j] + 0.01);
        }
        Assert.Equal(0, st[2]); // x3 never matters: A and AB^3 give the same output
    }

    [Fact]
    public void Indices_do_not_change_when_the_output_is_shifted_or_scaled()
    {
        // SALib centres Y on its mean before estimating; without that, S1 would move by c·mean(f(AB) − f(A)) / V
        const int n = 512, k = 3;
        double[] y = Saltelli.Points(n, k).Select(p => Math.Exp(p[0]) + p[1] * p[2]).ToArray();
        var (s1, st) = Saltelli.Indices(y, n, k);
        var (s1Moved, stMoved) = Saltelli.Indices(y.Select(v => 3 * v + 1e4).ToArray(), n, k);
        for (int j = 0; j < k; j++)
        {
            Assert.Equal(s1[j], s1Moved[j], 1e-9);
            Assert.Equal(st[j], stMoved[j], 1e-9);
        }
    }

    [Fact]
    public void Indices_rejects_a_wrong_number_of_outputs()
    {
        Assert.Throws<ArgumentException>(() => Saltelli.Indices(new double[8 * 8 - 1], 8, 3));
        Assert.Throws<ArgumentException>(() => Saltelli.Indices(new double[8 * 8], 8, 3, secondOrder: false));
        var (s1, _) = Saltelli.Indices(new double[8 * 5], 8, 3, secondOrder: false);
        Assert.All(s1, x => Assert.True(double.IsNaN(x))); // constant output: 0/0
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(4, 0)]
    [InlineData(4, SobolSequence.MaxDimensions / 2 + 1)]
    public void Points_rejects_bad_sizes(int n, int k) =>
        Assert.ThrowsAny<ArgumentException>(() => Saltelli.Points(n, k));
}
