namespace TraffickingAbm.Experiments.Compare;

/// <summary>One (strategy, replication) run of <c>tabm compare</c>: a row of compare_runs.parquet.</summary>
/// <param name="InterventionMonth">targeting.start_month of the run; the "post" sums and recovery_months count from it.</param>
/// <param name="DeliveredRelative">PostDeliveredKg / PostDeliveredKg of the reference strategy with the same seed (NaN if that is 0).</param>
/// <param name="RecoveryMonths"><see cref="Models.NarcoLogic.Recovery.Measure"/>: 0 never dipped, -1 never recovered.</param>
public sealed record CompareRun(
    string Strategy,
    int Replication,
    long Seed,
    int InterventionMonth,
    double PostDeliveredKg,
    double PostSeizedKg,
    double DeliveredRelative,
    int FinalOrganizations,
    double FinalDegreeCentralization,
    int RecoveryMonths,
    double PreInterventionDeliveredShare);

/// <summary>One month of one compare run: a row of compare_ticks.parquet.</summary>
public sealed record CompareTick(
    string Strategy,
    int Replication,
    int Tick,
    double ProducedKg,
    double DeliveredKg,
    double SeizedKg,
    int Organizations,
    double DegreeCentralization);

/// <summary>Mean and 95% Student-t interval of one measure for one strategy: a row of compare_summary.parquet.</summary>
/// <param name="N">Runs the mean is over (for recovery_months: the runs that recovered).</param>
public sealed record CompareSummaryRow(string Strategy, string Measure, double Mean, double CiLow, double CiHigh, int N);

/// <summary>Everything <c>tabm compare</c> computed, in file order (strategy, then replication, then tick).</summary>
public sealed record CompareResult(
    IReadOnlyList<CompareStrategy> Strategies,
    int Replications,
    int InterventionMonth,
    IReadOnlyList<CompareRun> Runs,
    IReadOnlyList<CompareTick> Ticks);
