namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>Whole-run sums of the monthly tallies, kept while the run goes.</summary>
public sealed class RunTotals
{
    public double ProducedKg { get; private set; }
    public double DeliveredKg { get; private set; }
    public double SeizedKg { get; private set; }
    public double SourceOutflowKg { get; private set; }
    public int MaxActiveNodes { get; private set; }
    public int Ticks { get; private set; }

    /// <summary>Delivered and produced kg per month, for recovery times.</summary>
    public List<double> DeliveredByMonth { get; } = new();
    public List<double> ProducedByMonth { get; } = new();
    public List<double> SeizedByMonth { get; } = new();

    public void Add(TraffickingWorld w, int activeNodes)
    {
        DeliveredByMonth.Add(w.DeliveredKg);
        ProducedByMonth.Add(w.ProducedKg);
        SeizedByMonth.Add(w.SeizedKg);
        ProducedKg += w.ProducedKg;
        DeliveredKg += w.DeliveredKg;
        SeizedKg += w.SeizedKg;
        SourceOutflowKg += w.SourceOutflowKg;
        MaxActiveNodes = Math.Max(MaxActiveNodes, activeNodes);
        Ticks++;
    }
}

/// <summary>
/// Recovery after an intervention starting at month <c>start</c> (docs/model.md, "Metrics"): the
/// pre-intervention level is the delivered share of supply over the 12 months before <c>start</c>. Delivered
/// supply has "dipped" in the first month from <c>start</c> whose 3-month mean share falls below 90% of
/// that level, and "recovered" in the first later month whose 3-month mean is back at 90% or more. The share
/// (not kg) is used because supply grows logistically, which alone would "recover" any kg level.
/// </summary>
public static class Recovery
{
    /// <summary>(pre-intervention share, months from start to recovery: 0 if it never dipped, -1 if it never recovered or is undefined).</summary>
    public static (double PreShare, int Months) Measure(IReadOnlyList<double> delivered, IReadOnlyList<double> produced, int start)
    {
        int ticks = delivered.Count;
        if (start <= 0 || start >= ticks) return (0, -1);
        int from = Math.Max(0, start - 12);
        double pre = Share(delivered, produced, from, start);
        if (pre <= 0) return (0, -1);
        double threshold = 0.9 * pre;
        int dip = -1;
        for (int t = start; t < ticks; t++)
            if (Share(delivered, produced, Math.Max(start, t - 2), t + 1) < threshold) { dip = t; break; }
        if (dip < 0) return (pre, 0);
        for (int t = dip + 1; t < ticks; t++)
            if (Share(delivered, produced, Math.Max(start, t - 2), t + 1) >= threshold) return (pre, t - start);
        return (pre, -1);
    }

    private static double Share(IReadOnlyList<double> delivered, IReadOnlyList<double> produced, int from, int to)
    {
        double d = 0, p = 0;
        for (int t = from; t < to; t++) { d += delivered[t]; p += produced[t]; }
        return p > 0 ? d / p : 0;
    }
}
