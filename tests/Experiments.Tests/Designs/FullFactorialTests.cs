using TraffickingAbm.Experiments.Batch.Designs;

namespace TraffickingAbm.Experiments.Tests.Designs;

public class FullFactorialTests
{
    [Fact]
    public void Two_by_three_is_lexicographic_with_the_last_factor_fastest()
    {
        int[][] points = FullFactorial.Points([2, 3]);
        int[][] expected = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]];
        Assert.Equal(expected, points);
    }

    [Theory]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 5 })]
    [InlineData(new[] { 3, 1, 4 })]
    [InlineData(new[] { 2, 2, 2, 2, 2 })]
    [InlineData(new[] { 4, 3, 2, 5 })]
    public void Count_is_the_product_and_points_are_distinct_in_order(int[] counts)
    {
        int[][] points = FullFactorial.Points(counts);
        Assert.Equal(counts.Aggregate(1, (p, c) => p * c), points.Length);
        for (int p = 0; p < points.Length; p++)
        {
            Assert.Equal(counts.Length, points[p].Length);
            // the point's mixed-radix number (last factor the lowest digit) is its position
            long index = 0;
            for (int j = 0; j < counts.Length; j++)
            {
                Assert.InRange(points[p][j], 0, counts[j] - 1);
                index = index * counts[j] + points[p][j];
            }
            Assert.Equal(p, index);
        }
    }

    [Fact]
    public void Rows_are_independent_arrays()
    {
        int[][] points = FullFactorial.Points([2, 2]);
        points[0][0] = 99;
        Assert.Equal(0, points[1][0]);
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 3, -1 })]
    [InlineData(new int[0])]
    [InlineData(new[] { 10, 10, 10, 10, 10, 10, 10, 2 })] // 20,000,000
    public void Rejects_bad_counts_and_oversized_designs(int[] counts) =>
        Assert.Throws<ArgumentException>(() => FullFactorial.Points(counts));

    [Fact]
    public void Ten_million_is_the_limit_not_past_it()
    {
        Assert.Throws<ArgumentException>(() => FullFactorial.Points([10_000_001]));
        Assert.Throws<ArgumentException>(() => FullFactorial.Points([100_000, 100_000, 100_000])); // would overflow int
    }
}
