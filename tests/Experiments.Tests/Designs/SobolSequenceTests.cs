using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Tests.Designs;

public class SobolSequenceTests
{
    [Fact]
    public void First_points_of_dimensions_one_to_three_are_the_standard_ones()
    {
        // Joe–Kuo construction by hand: dim 1 v = 1/2, 1/4, 1/8, 1/16; dim 2 (s=1, m=1) v = 1/2, 3/4, 5/8, 15/16;
        // dim 3 (s=2, a=1, m=1,3) v = 1/2, 3/4, 3/8, 9/16 (v3 = v1 ^ v1>>2 ^ v2). Point i XORs v_b over the bits of
        // gray(i) = 0, 1, 3, 2, 6, 7, 5, 4, 12, 13 for i = 0..9.
        double[][] expected =
        [
            [0, 0, 0],
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
            [0.1875, 0.3125, 0.9375],
            [0.6875, 0.8125, 0.4375],
        ];
        Assert.Equal(expected, SobolSequence.Points(10, 3));
    }

    [Fact]
    public void Dimension_one_is_van_der_corput_in_gray_code_order()
    {
        double[][] points = SobolSequence.Points(64, 1);
        for (int i = 0; i < 64; i++)
        {
            int gray = i ^ (i >> 1);
            double radicalInverse = 0, scale = 0.5;
            for (int g = gray; g != 0; g >>= 1, scale /= 2) if ((g & 1) != 0) radicalInverse += scale;
            Assert.Equal(radicalInverse, points[i][0]);
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(SobolSequence.MaxDimensions)]
    public void First_two_to_the_m_points_of_each_dimension_are_a_permutation_of_the_grid(int dims)
    {
        const int maxM = 10;
        double[][] points = SobolSequence.Points(1 << maxM, dims);
        for (int m = 0; m <= maxM; m++)
        {
            int count = 1 << m;
            for (int j = 0; j < dims; j++)
            {
                var seen = new bool[count];
                for (int i = 0; i < count; i++)
                {
                    double scaled = points[i][j] * count;
                    Assert.True(scaled == Math.Floor(scaled), $"dim {j + 1}, m {m}: {points[i][j]} is not on the 2^-m grid");
                    int cell = (int)scaled;
                    Assert.False(seen[cell], $"dim {j + 1}, m {m}: cell {cell} twice");
                    seen[cell] = true;
                }
            }
        }
    }

    [Theory]
    // reference values from SciPy 1.10.1 scipy.stats.qmc.Sobol(d=1024, scramble=False), an independent implementation
    // that also uses the new-joe-kuo-6.21201 numbers: the sum of point i's 1024 coordinates and the sum weighted by
    // dimension number (exact in doubles: all values are multiples of 2^-14), plus two single coordinates.
    // Index 8191 = 2^13 − 1 and past it use every embedded m_k (the largest degree up to dimension 1024 is 13).
    [InlineData(5000, 517.732666015625, 271677.1247558594, 0.0543212890625, 0.5247802734375)]
    [InlineData(8191, 525.991943359375, 270772.7365722656, 0.9530029296875, 0.9986572265625)]
    [InlineData(12345, 510.5538330078125, 257869.27966308594, 0.57708740234375, 0.46563720703125)]
    [InlineData(16383, 518.5611572265625, 264992.7030029297, 0.42742919921875, 0.65045166015625)]
    public void Agrees_with_an_independent_implementation_in_all_embedded_dimensions(
        int index, double sum, double weightedSum, double dim1024, double dim64)
    {
        double[] point = SobolSequence.Points(1, SobolSequence.MaxDimensions, skip: index)[0];
        Assert.Equal(sum, point.Sum());
        Assert.Equal(weightedSum, point.Select((x, j) => x * (j + 1)).Sum());
        Assert.Equal(dim1024, point[1023]);
        Assert.Equal(dim64, point[63]);
    }

    [Fact]
    public void Skip_continues_the_same_sequence()
    {
        double[][] all = SobolSequence.Points(300, 8);
        double[][] tail = SobolSequence.Points(100, 8, skip: 200);
        for (int i = 0; i < 100; i++) Assert.Equal(all[200 + i], tail[i]);
    }

    [Fact]
    public void Fewer_dimensions_are_a_prefix_of_more() =>
        Assert.Equal(SobolSequence.Points(50, 3), SobolSequence.Points(50, 64).Select(p => p[..3]).ToArray());

    [Fact]
    public void Points_are_in_the_half_open_unit_cube()
    {
        foreach (double[] p in SobolSequence.Points(4096, 16))
            foreach (double x in p)
                Assert.True(x >= 0 && x < 1);
    }

    [Theory]
    [InlineData(-1, 1, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, SobolSequence.MaxDimensions + 1, 0)]
    [InlineData(1, 1, -1)]
    public void Rejects_bad_arguments(int n, int dims, int skip) =>
        Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Points(n, dims, skip));
}
