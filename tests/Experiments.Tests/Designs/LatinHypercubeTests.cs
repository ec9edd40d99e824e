using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Tests.Designs;

public class LatinHypercubeTests
{
    [Theory]
    [InlineData(1, 1, 0UL)]
    [InlineData(2, 3, 1UL)]
    [InlineData(3, 5, 42UL)]
    [InlineData(10, 4, 7UL)]
    [InlineData(97, 6, 123456789UL)]
    [InlineData(1000, 3, ulong.MaxValue)]
    public void Each_dimension_has_one_value_in_each_stratum(int n, int k, ulong seed)
    {
        double[][] points = LatinHypercube.Points(n, k, seed);
        Assert.Equal(n, points.Length);
        for (int j = 0; j < k; j++)
        {
            var seen = new bool[n];
            foreach (double[] p in points)
            {
                Assert.Equal(k, p.Length);
                Assert.InRange(p[j], 0.0, 1.0);
                Assert.True(p[j] < 1.0);
                int stratum = (int)Math.Floor(p[j] * n);
                Assert.True(p[j] >= (double)stratum / n && p[j] < (stratum + 1.0) / n);
                Assert.False(seen[stratum], $"dimension {j}: stratum {stratum} used twice");
                seen[stratum] = true;
            }
        }
    }

    [Fact]
    public void One_seed_repeats_exactly_and_two_seeds_differ()
    {
        double[][] a = LatinHypercube.Points(50, 4, 2024);
        double[][] b = LatinHypercube.Points(50, 4, 2024);
        double[][] c = LatinHypercube.Points(50, 4, 2025);
        Assert.Equal(a, b);
        int same = 0;
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < 4; j++)
                if (a[i][j] == c[i][j]) same++;
        Assert.Equal(0, same);
    }

    [Fact]
    public void Dimensions_are_permuted_independently()
    {
        // with one shared permutation every column would order the rows alike
        double[][] points = LatinHypercube.Points(64, 3, 11);
        int[] Order(int j) => Enumerable.Range(0, 64).OrderBy(i => points[i][j]).ToArray();
        Assert.NotEqual(Order(0), Order(1));
        Assert.NotEqual(Order(1), Order(2));
        Assert.NotEqual(Order(0), Enumerable.Range(0, 64).ToArray()); // and not the identity
    }

    [Fact]
    public void Positions_inside_strata_are_spread_not_centred()
    {
        double[][] points = LatinHypercube.Points(400, 2, 5);
        double[] offsets = points.Select(p => p[0] * 400 - Math.Floor(p[0] * 400)).ToArray();
        Assert.InRange(offsets.Average(), 0.45, 0.55);
        Assert.InRange(offsets.Min(), 0.0, 0.05);
        Assert.InRange(offsets.Max(), 0.95, 1.0);
    }

    [Fact]
    public void Fewer_dimensions_are_a_prefix_of_more()
    {
        double[][] small = LatinHypercube.Points(20, 2, 9);
        double[][] large = LatinHypercube.Points(20, 5, 9);
        for (int i = 0; i < 20; i++) Assert.Equal(small[i], large[i][..2]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-3, 2)]
    public void Rejects_empty_designs(int n, int k) =>
        Assert.ThrowsAny<ArgumentException>(() => LatinHypercube.Points(n, k, 1));
}
