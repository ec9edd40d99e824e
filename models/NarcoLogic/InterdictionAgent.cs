using TraffickingAbm.Models.NarcoLogic.Rules;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The interdiction agent of NarcoLogic (Magliocca et al. 2019; 2018 code; R8, R9). Each month it places
/// up to C(t) seizure-and-loss events on edges: first it revisits last month's successful edges (largest
/// seizure first), then it takes the edges of highest SLPROB above a percentile cut-off. After trafficking
/// it learns SLPROB on the targeted edges and adapts C(t) to the seizure target.
/// </summary>
public sealed class InterdictionAgent
{
    private readonly TraffickingWorld _w;
    private readonly int[] _order;      // scratch: edge ids being ranked; this month's events first
    private readonly int[] _previous;   // last month's events (the only edges that can have seizures to revisit)
    private readonly double[] _chosenSlProb; // SLPROB of the i-th event when it was chosen
    private readonly FlowInterdiction _flow;
    private readonly ChokepointInterdiction _chokepoint;

    public InterdictionAgent(TraffickingWorld world)
    {
        _w = world;
        int m = world.Routes.EdgeCount;
        _order = new int[m];
        _previous = new int[m];
        _chosenSlProb = new double[m];
        _flow = new FlowInterdiction(world, _order);
        _chokepoint = new ChokepointInterdiction(world);
    }

    /// <summary>Events placed this month, in placement order (revisits first).</summary>
    public int EventCount { get; private set; }

    /// <summary>Edge id of the i-th event this month.</summary>
    public ReadOnlySpan<int> Events => _order.AsSpan(0, EventCount);

    /// <summary>SLPROB of the i-th event's edge at the moment it was chosen (before learning).</summary>
    public ReadOnlySpan<double> ChosenSlProb => _chosenSlProb.AsSpan(0, EventCount);

    /// <summary>R8: chooses this month's targeted edges; under risk_counts = targeted (R1) marks them in the risk window.</summary>
    public void SelectTargets(int tick)
    {
        var w = _w;
        foreach (int e in Events) w.Targeted[e] = false; // last month's events: the only targeted edges
        int capacity = w.Capacity;
        w.CapacityThisMonth = capacity;
        int previous = EventCount;
        _order.AsSpan(0, previous).CopyTo(_previous);
        var targeting = w.Parameters.Targeting;
        // The route strategy acts from start_month; before it, and under the flow strategy, NarcoLogic's rule (R8).
        IRouteInterdiction strategy = targeting.RouteStrategy == RouteStrategy.RouteChokepoint && tick >= targeting.StartMonth ? _chokepoint : _flow;
        int placed = strategy.Choose(tick, capacity, _previous.AsSpan(0, previous), _order);
        Finish(placed);
    }

    /// <summary>The flow rule's SLPROB quantile (R8), for checks.</summary>
    public double CutoffQuantile(double p) => _flow.CutoffQuantile(p);

    private void Finish(int placed)
    {
        var w = _w;
        EventCount = placed;
        for (int i = 0; i < placed; i++) _chosenSlProb[i] = w.SlProb[_order[i]];
        if (w.Parameters.Trafficking.RiskCounts == RiskCountRule.Targeted)
            for (int i = 0; i < placed; i++) w.Activity.MarkEvent(w.EventHistory, _order[i]);
    }

    /// <summary>
    /// Step 4 of the schedule: SLPROB ← (1−λ)·SLPROB + λ·1[seized &gt; 0] on targeted edges, and
    /// C ← clamp(ceil(C·(1 + λ·(seized/(targetseize·source outflow) − 1))), sl_min, sl_max) (R9).
    /// </summary>
    public void Learn()
    {
        var w = _w;
        var p = w.Parameters.Interdiction;
        double lambda = p.SlLearn;
        bool success = false;
        foreach (int e in Events)
        {
            bool hit = w.Seized[e] > 0;
            success |= hit;
            _flow.Unfile(e); // out of the flow rule's tree while its value changes
            w.SlProb[e] = InterdictionLearning.NextSlProb(w.SlProb[e], hit, lambda);
            _flow.Refile(e);
        }
        w.SuccessLastMonth = success;
        w.SuccessEver |= success;

        w.Capacity = InterdictionLearning.NextCapacity(w.Capacity, w.SeizedKg, w.SourceOutflowKg, p.TargetSeize, lambda, p.SlMin, p.SlMax);
    }
}
