using TraffickingAbm.FirstCut.Models.Landscape;
using TraffickingAbm.FirstCut.Models.Scenarios;

namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>
/// The mutable state of one NarcoLogic run, as structure-of-arrays indexed by node or edge id.
/// Agents read and write it; nothing here allocates after construction.
/// </summary>
public sealed class TraffickingWorld
{
    public TraffickingWorld(RouteGraph routes, ScenarioParameters parameters, ulong seed, int run)
    {
        Routes = routes;
        Parameters = parameters;
        Seed = seed;
        Run = run;
        Risk = new RiskPerception(parameters.Trafficking);
        int n = routes.NodeCount, m = routes.EdgeCount;
        Stock = new double[n];
        Cost = (double[])routes.BaseCostUsdPerKg.Clone();
        SlProb = (double[])routes.InitialSlProb.Clone();
        PerceivedRisk = new double[m];
        Array.Fill(PerceivedRisk, Risk.InitialRisk);
        EventHistory = new ulong[m];
        RoutePref = new double[m];
        Flow = new double[m];
        Seized = new double[m];
        SeizedLastMonth = new double[m];
        Targeted = new bool[m];
        EverReceived = new bool[n];
        InitialNetwork.Apply(this);
    }

    public RouteGraph Routes { get; }
    public ScenarioParameters Parameters { get; }
    public ulong Seed { get; }
    public int Run { get; }
    public RiskPerception Risk { get; }

    // Nodes
    /// <summary>Cocaine held at each node, kg (the source's leftover carries over; the market is emptied monthly).</summary>
    public double[] Stock { get; }

    /// <summary>Transit nodes that have received flow at least once.</summary>
    public bool[] EverReceived { get; }

    // Edges
    /// <summary>Current transport cost, USD/kg.</summary>
    public double[] Cost { get; }

    /// <summary>Interdiction agent's estimate of the chance that an event on the edge succeeds (SLPROB).</summary>
    public double[] SlProb { get; }

    /// <summary>Node agents' perceived risk of the edge (R1).</summary>
    public double[] PerceivedRisk { get; }

    /// <summary>Months with an event in the risk window, bit j = j months ago (R1).</summary>
    public ulong[] EventHistory { get; }

    /// <summary>Route preference: the edge is permitted for its organization while &gt; 0 (NarcoLogic routepref).</summary>
    public double[] RoutePref { get; }

    /// <summary>Kg that crossed the edge unseized this month.</summary>
    public double[] Flow { get; }

    /// <summary>Kg seized on the edge this month.</summary>
    public double[] Seized { get; }
    public double[] SeizedLastMonth { get; }

    /// <summary>Edges with a seizure-and-loss event this month.</summary>
    public bool[] Targeted { get; }

    // Interdiction agent
    /// <summary>Seizure-and-loss events available this month, C(t) (R9).</summary>
    public int Capacity { get; set; }

    /// <summary>The capacity that this month's events were placed with (Capacity may since have learned).</summary>
    public int CapacityThisMonth { get; set; }
    public bool SuccessLastMonth { get; set; }
    public bool SuccessEver { get; set; }

    // Monthly tallies (kg or USD)
    public double ProducedKg { get; set; }
    public double DeliveredKg { get; set; }
    public double SeizedKg { get; set; }
    public double SourceOutflowKg { get; set; }

    /// <summary>Clears the per-month edge quantities; keeps last month's seizures for the revisit rule (R8).</summary>
    public void BeginMonth()
    {
        Array.Copy(Seized, SeizedLastMonth, Seized.Length);
        Array.Clear(Flow);
        Array.Clear(Seized);
        Array.Clear(Targeted);
        ProducedKg = DeliveredKg = SeizedKg = SourceOutflowKg = 0;
    }
}
