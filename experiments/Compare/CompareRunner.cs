using System.Runtime.ExceptionServices;
using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Experiments.Compare;

/// <summary>
/// Runs every (strategy, replication) of a comparison in memory. Replication r uses seed r under every
/// strategy (common random numbers). Runs go in parallel, but each result is stored at its own index, so
/// the result never depends on the number of threads.
/// </summary>
public static class CompareRunner
{
    /// <summary>The scenario of one strategy: the base scenario (with the user's --set) plus the strategy's overrides.</summary>
    public static Scenario ScenarioFor(Scenario baseScenario, CompareStrategy strategy) =>
        ScenarioLoader.WithOverrides(baseScenario, strategy.Overrides, item => $"strategy '{strategy.Name}': {item}");

    /// <param name="runFinished">Called (from any thread) after each run completes.</param>
    public static CompareResult Run(Scenario baseScenario, IReadOnlyList<CompareStrategy> strategies, int replications, int threads, Action? runFinished = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        int reference = strategies.ToList().FindIndex(s => s.Name == CompareStrategy.Reference);
        if (reference < 0) throw new ArgumentException($"the strategies must include the reference '{CompareStrategy.Reference}'", nameof(strategies));

        // Validate every strategy's scenario before any run starts.
        var scenarios = strategies.Select(s => ScenarioFor(baseScenario, s)).ToArray();
        int count = strategies.Count * replications;
        var raw = new RawRun[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                raw[i] = RunOne(scenarios[i / replications], (ulong)(i % replications + 1));
                runFinished?.Invoke();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var runs = new List<CompareRun>(count);
        var ticks = new List<CompareTick>(raw.Sum(r => r.Produced.Length));
        for (int s = 0; s < strategies.Count; s++)
            for (int r = 0; r < replications; r++)
            {
                var run = raw[s * replications + r];
                double referenceKg = raw[reference * replications + r].PostDeliveredKg;
                string name = strategies[s].Name;
                runs.Add(new CompareRun(
                    name, r + 1, r + 1, run.Start, run.PostDeliveredKg, run.PostSeizedKg,
                    referenceKg > 0 ? run.PostDeliveredKg / referenceKg : double.NaN,
                    run.FinalOrganizations, run.FinalDegreeCentralization, run.RecoveryMonths, run.PreShare));
                for (int t = 0; t < run.Produced.Length; t++)
                    ticks.Add(new CompareTick(name, r + 1, t, run.Produced[t], run.Delivered[t], run.Seized[t], run.Organizations[t], run.Centralization[t]));
            }
        return new CompareResult(strategies, replications, raw[0].Start, runs, ticks);
    }

    /// <summary>One run through the model contract, its tables kept in memory; what the comparison needs is read
    /// from the runs and ticks tables by column name, so any model with those columns can be compared.</summary>
    private static RawRun RunOne(Scenario scenario, ulong seed)
    {
        var model = scenario.Build(seed);
        ModelRun.Execute(model);
        var runs = TableNamed(model, "runs");
        var ticks = TableNamed(model, "ticks");
        return new RawRun
        {
            Start = runs.Values<int>("intervention_month").Span[0],
            Produced = ticks.Values<double>("produced_kg").ToArray(),
            Delivered = ticks.Values<double>("delivered_kg").ToArray(),
            Seized = ticks.Values<double>("seized_kg").ToArray(),
            Organizations = ticks.Values<int>("organizations").ToArray(),
            Centralization = ticks.Values<double>("degree_centralization").ToArray(),
            PostDeliveredKg = runs.Values<double>("post_delivered_kg").Span[0],
            PostSeizedKg = runs.Values<double>("post_seized_kg").Span[0],
            FinalOrganizations = runs.Values<int>("final_organizations").Span[0],
            FinalDegreeCentralization = runs.Values<double>("final_degree_centralization").Span[0],
            RecoveryMonths = runs.Values<int>("recovery_months").Span[0],
            PreShare = runs.Values<double>("pre_intervention_delivered_share").Span[0],
        };
    }

    private static Table TableNamed(IModel model, string name) =>
        model.Tables.FirstOrDefault(t => t.Name == name)
        ?? throw new InvalidOperationException($"the model writes no '{name}' table, which tabm compare reads");

    private sealed class RawRun
    {
        public required int Start { get; init; }
        public required double[] Produced { get; init; }
        public required double[] Delivered { get; init; }
        public required double[] Seized { get; init; }
        public required int[] Organizations { get; init; }
        public required double[] Centralization { get; init; }
        public required double PostDeliveredKg { get; init; }
        public required double PostSeizedKg { get; init; }
        public required int FinalOrganizations { get; init; }
        public required double FinalDegreeCentralization { get; init; }
        public required int RecoveryMonths { get; init; }
        public required double PreShare { get; init; }
    }
}
