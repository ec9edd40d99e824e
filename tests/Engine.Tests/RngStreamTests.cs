using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Engine.Tests;

public class RngStreamTests
{
    private const ulong Seed = 20240601UL;

    private static uint[] Draw(RngStream rng, int count)
    {
        var values = new uint[count];
        for (int i = 0; i < count; i++) values[i] = rng.NextUInt32();
        return values;
    }

    private static uint[] Draw(ulong seed, int run, int stream, long entity, int tick, int count = 64) =>
        Draw(new RngStream(seed, run, stream, entity, tick), count);

    [Fact]
    public void Same_coordinates_give_the_same_sequence()
    {
        var a = Draw(Seed, 3, 7, 123_456_789_012L, 42, count: 1000);
        var b = Draw(Seed, 3, 7, 123_456_789_012L, 42, count: 1000);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Sequence_does_not_repeat_across_blocks()
    {
        // 1000 draws span 250 Philox blocks; a block counter that failed to advance would repeat words.
        var a = Draw(Seed, 0, 0, 0, 0, count: 1000);
        Assert.Equal(a.Length, a.Distinct().Count());
    }

    public static TheoryData<string, ulong, int, int, long, int> ChangedCoordinates => new()
    {
        { "seed", Seed + 1, 3, 7, 1000L, 42 },
        { "run", Seed, 4, 7, 1000L, 42 },
        { "stream", Seed, 3, 8, 1000L, 42 },
        { "entity", Seed, 3, 7, 1001L, 42 },
        { "entity high word", Seed, 3, 7, 1000L + (1L << 32), 42 },
        { "negative entity", Seed, 3, 7, -1000L, 42 },
        { "tick", Seed, 3, 7, 1000L, 43 },
        { "run and stream swapped", Seed, 7, 3, 1000L, 42 },
    };

    [Theory]
    [MemberData(nameof(ChangedCoordinates))]
    public void Changing_one_coordinate_changes_the_sequence(string what, ulong seed, int run, int stream, long entity, int tick)
    {
        var reference = Draw(Seed, 3, 7, 1000L, 42);
        var changed = Draw(seed, run, stream, entity, tick);

        // Not merely "not identical": two unrelated 32-bit streams should agree almost nowhere.
        int samePositions = reference.Zip(changed).Count(p => p.First == p.Second);
        Assert.True(samePositions <= 1, $"changing {what} left {samePositions} of 64 draws unchanged");
    }

    [Fact]
    public void Words_are_Philox_blocks_of_block_index_tick_and_entity_under_the_mixed_key()
    {
        // The documented layout: key = mix(seed, run, stream); counter = (draw block, tick, entity lo, entity hi).
        const int run = 2, stream = 5, tick = 9;
        const long entity = 0x0000_0003_8000_0001L;
        ulong key = SeedMixer.Combine(SeedMixer.Combine(SeedMixer.Mix(Seed), run), stream);
        var expected = new List<uint>();
        for (uint block = 0; block < 3; block++)
        {
            uint c0 = block, c1 = tick, c2 = 0x8000_0001u, c3 = 3u;
            Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, (uint)key, (uint)(key >> 32));
            expected.AddRange([c0, c1, c2, c3]);
        }

        Assert.Equal(expected.ToArray(), Draw(Seed, run, stream, entity, tick, count: 12));
    }

    [Fact]
    public void NextUInt64_is_two_words_high_first()
    {
        var words = new RngStream(Seed, 1, 1, 1, 1);
        uint hi = words.NextUInt32(), lo = words.NextUInt32();
        var longs = new RngStream(Seed, 1, 1, 1, 1);
        Assert.Equal(((ulong)hi << 32) | lo, longs.NextUInt64());
    }

    [Fact]
    public void NextDouble_is_in_unit_interval_with_uniform_mean_and_variance()
    {
        const int n = 100_000;
        var rng = new RngStream(Seed, 0, 1, 0, 0);
        double sum = 0, sumSq = 0, min = double.MaxValue, max = double.MinValue;
        for (int i = 0; i < n; i++)
        {
            double x = rng.NextDouble();
            Assert.InRange(x, 0.0, Math.BitDecrement(1.0));
            sum += x; sumSq += x * x;
            min = Math.Min(min, x); max = Math.Max(max, x);
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;

        // U(0,1): mean 1/2, variance 1/12, fourth central moment 1/80.
        // SE(mean) = sqrt(1/12 / n) ≈ 9.1e-4; SE(variance) ≈ sqrt((1/80 - 1/144) / n) ≈ 2.4e-4.
        // Five standard errors: a correct generator fails with probability < 1e-6 (and the seed is fixed).
        Assert.InRange(mean, 0.5 - 5 * 9.13e-4, 0.5 + 5 * 9.13e-4);
        Assert.InRange(variance, 1.0 / 12 - 5 * 2.36e-4, 1.0 / 12 + 5 * 2.36e-4);
        // With 1e5 draws the extremes are within ~1e-4 of the ends (P(min > 1e-3) = 0.999^1e5 ≈ 4e-44).
        Assert.True(min < 1e-3 && max > 1 - 1e-3, $"min {min}, max {max}");
    }

    [Fact]
    public void Consecutive_doubles_are_uncorrelated()
    {
        const int n = 100_000;
        var rng = new RngStream(Seed, 0, 2, 0, 0);
        double prev = rng.NextDouble(), sxy = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double cur = rng.NextDouble();
            sxy += prev * cur; sx += prev; sy += cur; sxx += prev * prev; syy += cur * cur;
            prev = cur;
        }
        double r = (n * sxy - sx * sy) / Math.Sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        // Under independence r is approximately N(0, 1/n): SE ≈ 3.2e-3; allow five SE.
        Assert.InRange(r, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));
    }

    [Fact]
    public void NextDouble_with_bounds_stays_within_bounds()
    {
        var rng = new RngStream(Seed, 0, 3, 0, 0);
        for (int i = 0; i < 10_000; i++)
            Assert.InRange(rng.NextDouble(-2.5, 4.0), -2.5, Math.BitDecrement(4.0));
    }

    /// <summary>A stream whose next two words are 0xFFFFFFFF, so its next NextDouble() is the largest value, 1 - 2^-53.</summary>
    private static RngStream StreamAboutToDrawMaxDouble()
    {
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        object boxed = new RngStream(Seed, 0, 0, 0, 0);
        typeof(RngStream).GetField("_b2", flags)!.SetValue(boxed, uint.MaxValue);
        typeof(RngStream).GetField("_b3", flags)!.SetValue(boxed, uint.MaxValue);
        typeof(RngStream).GetField("_available", flags)!.SetValue(boxed, 2);
        return (RngStream)boxed;
    }

    [Fact]
    public void NextDouble_largest_value_is_below_one()
    {
        var rng = StreamAboutToDrawMaxDouble();
        Assert.Equal(1.0 - Math.Pow(2, -53), rng.NextDouble());
    }

    [Fact]
    public void NextDouble_with_bounds_never_returns_max()
    {
        var rng = StreamAboutToDrawMaxDouble();
        Assert.True(rng.NextDouble(1.0, 2.0) < 2.0);
    }

    // Chi-square upper 0.1% points: df 6 → 22.458, df 9 → 27.877; lower 0.1% points: df 6 → 0.381, df 9 → 1.152.
    // The lower bound catches output that is too regular (e.g. a counter reduced mod n).
    [Theory]
    [InlineData(7, 0.381, 22.458)]
    [InlineData(10, 1.152, 27.877)]
    public void NextInt_is_in_range_and_uniform(int n, double chiSquareLow, double chiSquareHigh)
    {
        const int draws = 100_000;
        var rng = new RngStream(Seed, 0, 4, n, 0);
        var counts = new int[n];
        for (int i = 0; i < draws; i++)
        {
            int k = rng.NextInt(n);
            Assert.InRange(k, 0, n - 1);
            counts[k]++;
        }
        double expected = (double)draws / n;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.InRange(chiSquare, chiSquareLow, chiSquareHigh);
    }

    [Fact]
    public void First_draws_across_entities_are_uniform()
    {
        // Models draw a few numbers per (entity, tick); the first draw across many entities must be uniform too.
        const int entities = 100_000, bins = 10;
        var counts = new int[bins];
        for (long e = 0; e < entities; e++)
        {
            var rng = new RngStream(Seed, 0, 5, e, 17);
            counts[rng.NextInt(bins)]++;
        }
        double expected = (double)entities / bins;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.InRange(chiSquare, 1.152, 27.877);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(int.MaxValue)]
    [InlineData(3 << 29)] // rejection threshold 2^30: a quarter of the raw draws are rejected
    public void NextInt_stays_in_range_for_edge_sizes(int n)
    {
        var rng = new RngStream(Seed, 0, 6, 0, 0);
        for (int i = 0; i < 10_000; i++)
            Assert.InRange(rng.NextInt(n), 0, n - 1);
    }

    [Fact]
    public void NextInt_spreads_over_the_whole_range_for_a_large_n()
    {
        // n = 3·2^29: the thirds [0,2^29), [2^29,2^30), [2^30,n) must be equally likely.
        const int n = 3 << 29, draws = 30_000;
        var rng = new RngStream(Seed, 0, 7, 0, 0);
        var counts = new int[3];
        for (int i = 0; i < draws; i++) counts[rng.NextInt(n) >> 29]++;
        // Each third: binomial(30000, 1/3), SD ≈ 81.6; allow five SD.
        foreach (int c in counts) Assert.InRange(c, 10_000 - 408, 10_000 + 408);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void NextInt_rejects_non_positive_n(int n)
    {
        var rng = new RngStream(Seed, 0, 0, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(n));
    }
}
