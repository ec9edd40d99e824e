using System.Text.Json;
using TraffickingAbm.Experiments.Compare;

namespace TraffickingAbm.Experiments.Tests;

/// <summary>Two short comparisons (2 replications, 84 months, start month 48), one on 1 thread and one on 2.</summary>
public sealed class CompareFixture : IDisposable
{
    internal static readonly string[] Args = ["--replications", "2", "--set", "ticks=84", "--set", "targeting.start_month=48"];

    internal TempDir Dir { get; } = new();
    public string Out1 { get; }
    public string Out2 { get; }
    internal Cli.Result Result1 { get; }
    internal Cli.Result Result2 { get; }

    public CompareFixture()
    {
        Out1 = Dir.Combine("threads1");
        Out2 = Dir.Combine("threads2");
        Result1 = Cli.Run(["compare", .. Args, "--threads", "1", "--out", Out1]);
        Result2 = Cli.Run(["compare", .. Args, "--threads", "2", "--out", Out2]);
    }

    public void Dispose() => Dir.Dispose();
}

public sealed class CompareTests(CompareFixture cmp) : IClassFixture<CompareFixture>
{
    private static readonly string[] OutputFiles =
        ["compare_runs.parquet", "compare_summary.parquet", "compare_ticks.parquet", "delivered.png", "manifest.json"];

    private static readonly string[] Strategies = ["none", "random", "kingpin", "middle-layer", "utility", "financial", "route-chokepoint"];

    [Fact]
    public void Compare_exits_0_and_writes_every_file_and_no_temporary_file()
    {
        foreach (var (result, dir) in new[] { (cmp.Result1, cmp.Out1), (cmp.Result2, cmp.Out2) })
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("", result.Stderr);
            Assert.Equal(OutputFiles, Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Empty(Directory.GetFiles(dir, "*tmp*"));
        }
    }

    [Fact]
    public async Task Row_counts_are_strategies_times_replications_times_months()
    {
        Assert.Equal(7 * 2, await CliRunTests.RowCount(Path.Combine(cmp.Out1, "compare_runs.parquet")));
        Assert.Equal(7 * 2 * 84, await CliRunTests.RowCount(Path.Combine(cmp.Out1, "compare_ticks.parquet")));
        Assert.Equal(7 * CompareStatistics.Measures.Count, await CliRunTests.RowCount(Path.Combine(cmp.Out1, "compare_summary.parquet")));
    }

    [Fact]
    public void Runs_are_in_strategy_then_replication_order_with_seed_equal_to_replication()
    {
        var runs = CompareParquet.ReadRuns(Path.Combine(cmp.Out1, "compare_runs.parquet"));
        Assert.Equal(Strategies.SelectMany(s => new[] { (s, 1, 1L), (s, 2, 2L) }), runs.Select(r => (r.Strategy, r.Replication, r.Seed)));
        Assert.All(runs, r => Assert.Equal(48, r.InterventionMonth));
    }

    [Fact]
    public void None_has_delivered_relative_exactly_1()
    {
        var runs = CompareParquet.ReadRuns(Path.Combine(cmp.Out1, "compare_runs.parquet"));
        var none = runs.Where(r => r.Strategy == "none").ToList();
        Assert.Equal(2, none.Count);
        Assert.All(none, r => Assert.Equal(1.0, r.DeliveredRelative));
        Assert.All(runs, r => Assert.True(double.IsFinite(r.DeliveredRelative) && r.DeliveredRelative > 0, r.ToString()));
    }

    [Fact]
    public void Delivered_relative_and_post_sums_follow_from_the_ticks()
    {
        var runs = CompareParquet.ReadRuns(Path.Combine(cmp.Out1, "compare_runs.parquet"));
        var ticks = CompareParquet.ReadTicks(Path.Combine(cmp.Out1, "compare_ticks.parquet"));
        foreach (var run in runs)
        {
            var months = ticks.Where(t => t.Strategy == run.Strategy && t.Replication == run.Replication).OrderBy(t => t.Tick).ToList();
            Assert.Equal(Enumerable.Range(0, 84), months.Select(t => t.Tick));
            Assert.Equal(months.Skip(48).Sum(t => t.DeliveredKg), run.PostDeliveredKg, 1e-9);
            Assert.Equal(months.Skip(48).Sum(t => t.SeizedKg), run.PostSeizedKg, 1e-9);
            Assert.Equal(months[^1].Organizations, run.FinalOrganizations);
            Assert.Equal(months[^1].DegreeCentralization, run.FinalDegreeCentralization);
            var none = runs.Single(r => r.Strategy == "none" && r.Replication == run.Replication);
            Assert.Equal(run.PostDeliveredKg / none.PostDeliveredKg, run.DeliveredRelative);
        }
    }

    [Fact]
    public void Strategies_share_their_history_before_the_start_month()
    {
        // Common random numbers: the same seed gives the same first 48 months under every strategy.
        var ticks = CompareParquet.ReadTicks(Path.Combine(cmp.Out1, "compare_ticks.parquet"));
        foreach (int replication in new[] { 1, 2 })
        {
            var none = ticks.Where(t => t.Strategy == "none" && t.Replication == replication && t.Tick < 48).ToList();
            foreach (string strategy in Strategies)
                Assert.Equal(none.Select(t => t with { Strategy = strategy }),
                    ticks.Where(t => t.Strategy == strategy && t.Replication == replication && t.Tick < 48));
        }
    }

    [Fact]
    public void Output_is_byte_identical_for_1_and_2_threads()
    {
        // Including delivered.png: ScottPlot renders the same bytes for the same data.
        foreach (string file in OutputFiles.Where(f => f != "manifest.json"))
            Assert.True(File.ReadAllBytes(Path.Combine(cmp.Out1, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(cmp.Out2, file))), $"{file} differs");
        Assert.Equal(cmp.Result1.Stdout.Split('\n').TakeWhile(l => !l.Contains(" runs in ")),
            cmp.Result2.Stdout.Split('\n').TakeWhile(l => !l.Contains(" runs in ")));
    }

    [Fact]
    public void Summary_file_is_what_the_notebook_recomputes_from_the_runs()
    {
        var runs = CompareParquet.ReadRuns(Path.Combine(cmp.Out1, "compare_runs.parquet"));
        var recomputed = CompareStatistics.Summarize(runs);
        var written = CompareParquet.ReadSummary(Path.Combine(cmp.Out1, "compare_summary.parquet"));
        Assert.Equal(recomputed, written); // record equality; NaN equals NaN in double.Equals
        Assert.Equal(Strategies, written.Select(r => r.Strategy).Distinct());
        var none = written.Single(r => r.Strategy == "none" && r.Measure == CompareStatistics.DeliveredRelative);
        Assert.Equal((1.0, 1.0, 1.0, 2), (none.Mean, none.CiLow, none.CiHigh, none.N));
        // The notebook's markdown cells are the printed table's cells.
        foreach (string cell in CompareReport.Rows(recomputed).SelectMany(row => row))
            Assert.Matches($"│ +{System.Text.RegularExpressions.Regex.Escape(cell)} +│", cmp.Result1.Stdout);
    }

    [Fact]
    public void Printed_table_names_every_strategy_and_the_output_files()
    {
        foreach (string strategy in Strategies)
            Assert.Contains(strategy, cmp.Result1.Stdout);
        Assert.Contains("delivered vs none", cmp.Result1.Stdout);
        Assert.Contains(Path.GetFullPath(cmp.Out1), cmp.Result1.Stdout);
        foreach (string file in OutputFiles)
            Assert.Contains(file, cmp.Result1.Stdout);
    }

    [Fact]
    public async Task Manifest_lists_seeds_strategies_overrides_and_row_counts()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(cmp.Out1, "manifest.json")));
        var m = doc.RootElement;
        Assert.Equal("baseline", m.GetProperty("scenario").GetString());
        Assert.Equal(2, m.GetProperty("replications").GetInt32());
        Assert.Equal([1UL, 2UL], m.GetProperty("seeds").EnumerateArray().Select(e => e.GetUInt64()));
        Assert.Equal(Strategies, m.GetProperty("strategies").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(["ticks=84", "targeting.start_month=48"], m.GetProperty("overrides").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(84, m.GetProperty("parameters").GetProperty("ticks").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("code_version").GetString()));
        foreach (var file in m.GetProperty("files").EnumerateObject())
            Assert.Equal(file.Value.GetInt64(), await CliRunTests.RowCount(Path.Combine(cmp.Out1, file.Name)));
    }
}

/// <summary>Bad usage of tabm compare: exit 2, one message, no output folder.</summary>
public sealed class CompareErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("out");

    [Theory]
    [InlineData("--replications", "0")]
    [InlineData("--replications", "-3")]
    [InlineData("--threads", "0")]
    public void Nonpositive_counts_exit_2(string option, string value)
    {
        var r = Cli.Run("compare", option, value, "--out", Out);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.Contains(option, r.Stderr);
        Assert.Equal("", r.Stdout);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Unknown_scenario_exits_2()
    {
        var r = Cli.Run("compare", "nosuchscenario", "--replications", "1", "--out", Out);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.Contains("nosuchscenario", r.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("interdiction.sl_mn=3", "did you mean")]
    [InlineData("targeting.arrest_strategy=everyone", "targeting.arrest_strategy")]
    [InlineData("ticks", "key=value")]
    public void Bad_set_exits_2(string set, string expected)
    {
        var r = Cli.Run("compare", "--replications", "1", "--set", set, "--out", Out);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Single(r.StderrLines);
        Assert.Contains(expected, r.Stderr);
        Assert.False(Directory.Exists(Out));
    }
}

public sealed class CompareStatisticsTests
{
    [Fact]
    public void MeanCi_is_the_student_t_interval()
    {
        var (mean, low, high, n) = CompareStatistics.MeanCi([1, 2, 3]);
        double half = 4.302652729911275 * 1.0 / Math.Sqrt(3); // t(0.975, 2) · sd / √n
        Assert.Equal(3, n);
        Assert.Equal(2, mean, 12);
        Assert.Equal(2 - half, low, 9);
        Assert.Equal(2 + half, high, 9);
    }

    [Fact]
    public void MeanCi_of_one_value_has_no_interval_and_of_none_is_nan()
    {
        var one = CompareStatistics.MeanCi([5]);
        Assert.Equal((5.0, 1), (one.Mean, one.N));
        Assert.True(double.IsNaN(one.CiLow) && double.IsNaN(one.CiHigh));
        Assert.Equal("5.0", CompareReport.Interval(new CompareSummaryRow("s", "m", one.Mean, one.CiLow, one.CiHigh, one.N), 1, "0.0"));
        var none = CompareStatistics.MeanCi([double.NaN]);
        Assert.Equal(0, none.N);
        Assert.True(double.IsNaN(none.Mean));
    }

    [Fact]
    public void Recovery_mean_is_over_recovered_runs_and_never_recovered_counts_the_rest()
    {
        CompareRun Run(int replication, int recovery) => new("kingpin", replication, replication, 60, 1, 1, 1, 1, 0.1, recovery, 0.9);
        var summary = CompareStatistics.Summarize([Run(1, 4), Run(2, -1), Run(3, 8), Run(4, -1)]);
        var recovery = summary.Single(s => s.Measure == CompareStatistics.RecoveryMonths);
        Assert.Equal((6.0, 2), (recovery.Mean, recovery.N));
        var never = summary.Single(s => s.Measure == CompareStatistics.NeverRecovered);
        Assert.Equal((0.5, 4), (never.Mean, never.N));
        Assert.Equal("2 of 4", CompareReport.Rows(summary)[0][^1]);
    }
}
