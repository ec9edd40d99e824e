using System.Diagnostics;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Bench;

/// <summary>
/// The within-run speed-up of the monthly loop, measured in pairs: two copies of the same world (same scenario
/// and seed), one on 1 thread and one on 2, run the same months in alternating blocks. Output is bit-identical at
/// any thread count, so both copies do exactly the same work in every block: the world's drift from month to
/// month and slow spells of a shared machine affect both sides of a pair alike, which separate BenchmarkDotNet
/// cases (run minutes apart, over different months) do not allow. Reports the ratio of the summed times and
/// the median of the per-block ratios; checks after every block that both copies delivered the same kg.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench -- paired NODES|SCENARIO [WARMUP_MONTHS] [BLOCKS] [MONTHS_PER_BLOCK]</c>,
/// e.g. <c>paired 100000</c>: the <see cref="ParallelMonthBenchmarks"/> world (scale-10k rules, 100
/// organizations, <c>landscape.departments</c> = (nodes − 2)/2), 700 warm-up months, 20 blocks of 20 months;
/// <c>paired scale-1m</c>: that scenario's own months, from month 0 to its last in blocks of 20.
/// </remarks>
public static class PairedSpeedup
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || int.TryParse(args[0], out int nodes) && nodes < 4)
        {
            Console.Error.WriteLine("usage: paired NODES|SCENARIO [WARMUP_MONTHS] [BLOCKS] [MONTHS_PER_BLOCK=20]");
            return 2;
        }
        // A node count: the benchmark world from month 700; a scenario name: its own months from month 0.
        bool byNodes = int.TryParse(args[0], out nodes);
        var scenario = byNodes ? InMemoryRun.ScaleWorld(nodes) : ScenarioLoader.Load(args[0]);
        int months = args.Length > 3 ? int.Parse(args[3]) : 20;
        int warmup = args.Length > 1 ? int.Parse(args[1]) : byNodes ? 700 : 0;
        int blocks = args.Length > 2 ? int.Parse(args[2]) : byNodes ? 20 : Math.Max(1, (scenario.Ticks - warmup) / months);
        using var one = new World(scenario, 1);
        using var two = new World(scenario, 2);
        one.Advance(warmup);
        two.Advance(warmup);
        double sumOne = 0, sumTwo = 0;
        var ratios = new List<double>();
        for (int b = 0; b < blocks; b++)
        {
            // Alternate which side goes first, so neither always runs on a cache the other just warmed.
            double a, c;
            if (b % 2 == 0) { a = one.Advance(months); c = two.Advance(months); }
            else { c = two.Advance(months); a = one.Advance(months); }
            if (one.Model.Totals.DeliveredKg != two.Model.Totals.DeliveredKg)
                throw new InvalidOperationException($"block {b}: the copies diverged (delivered {one.Model.Totals.DeliveredKg} vs {two.Model.Totals.DeliveredKg} kg)");
            sumOne += a;
            sumTwo += c;
            ratios.Add(a / c);
        }
        ratios.Sort();
        Console.WriteLine($"{(byNodes ? $"{nodes} nodes" : scenario.Name)}, months {warmup}-{warmup + blocks * months}: 1 thread {sumOne / (blocks * months):F3} ms/month, " +
                          $"2 threads {sumTwo / (blocks * months):F3} ms/month; speed-up {sumOne / sumTwo:F2}x " +
                          $"(per-block median {ratios[ratios.Count / 2]:F2}x, range {ratios[0]:F2}-{ratios[^1]:F2}x)");
        return 0;
    }

    /// <summary>
    /// Whole runs in pairs: <c>paired-run SCENARIO [PAIRS=5]</c> runs the scenario (construction and 180 months,
    /// in memory, null sink) on 1 and on 2 threads alternately, with a full garbage collection before each run,
    /// and reports the ratio of the summed times and the median of the per-pair ratios.
    /// </summary>
    public static int RunWhole(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: paired-run SCENARIO [PAIRS=5]");
            return 2;
        }
        var scenario = ScenarioLoader.Load(args[0]);
        int pairs = args.Length > 1 ? int.Parse(args[1]) : 5;
        using var one = new BlockRunner(1);
        using var two = new BlockRunner(2);
        WholeRun(scenario, one); // JIT and first-touch costs before the pairs
        double sumOne = 0, sumTwo = 0;
        var ratios = new List<double>();
        for (int i = 0; i < pairs; i++)
        {
            double a, c;
            if (i % 2 == 0) { a = WholeRun(scenario, one); c = WholeRun(scenario, two); }
            else { c = WholeRun(scenario, two); a = WholeRun(scenario, one); }
            sumOne += a;
            sumTwo += c;
            ratios.Add(a / c);
        }
        ratios.Sort();
        Console.WriteLine($"{scenario.Name}, {pairs} pairs of whole runs: 1 thread {sumOne / pairs:F0} ms, 2 threads {sumTwo / pairs:F0} ms; " +
                          $"speed-up {sumOne / sumTwo:F2}x (per-pair median {ratios[ratios.Count / 2]:F2}x, range {ratios[0]:F2}-{ratios[^1]:F2}x)");
        return 0;
    }

    private static double WholeRun(Scenario scenario, BlockRunner runner)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        InMemoryRun.Whole(scenario, runner);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>One copy of the world with its runner.</summary>
    private sealed class World : IDisposable
    {
        private readonly BlockRunner _runner;
        private readonly InMemoryRun _run;

        public World(Scenario scenario, int threads)
        {
            _runner = new BlockRunner(threads);
            _run = new InMemoryRun(scenario, _runner);
        }

        public NarcoLogicModel Model => _run.Model;

        /// <summary>Runs <paramref name="months"/> months; returns the milliseconds they took.</summary>
        public double Advance(int months)
        {
            long start = Stopwatch.GetTimestamp();
            _run.Advance(months);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        public void Dispose()
        {
            _run.Dispose();
            _runner.Dispose();
        }
    }
}
