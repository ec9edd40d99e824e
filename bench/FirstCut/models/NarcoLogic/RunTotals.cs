namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>Whole-run sums of the monthly tallies, kept while the run goes.</summary>
public sealed class RunTotals
{
    public double ProducedKg { get; private set; }
    public double DeliveredKg { get; private set; }
    public double SeizedKg { get; private set; }
    public double SourceOutflowKg { get; private set; }
    public int MaxActiveNodes { get; private set; }
    public int Ticks { get; private set; }

    public void Add(TraffickingWorld w)
    {
        ProducedKg += w.ProducedKg;
        DeliveredKg += w.DeliveredKg;
        SeizedKg += w.SeizedKg;
        SourceOutflowKg += w.SourceOutflowKg;
        MaxActiveNodes = Math.Max(MaxActiveNodes, NetworkMetrics.ActiveNodes(w));
        Ticks++;
    }
}
