using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Landscape;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The mutable state of one NarcoLogic run, as structure-of-arrays indexed by node or edge id.
/// Agents read and write it; nothing here allocates after construction.
/// </summary>
public sealed class TraffickingWorld
{
    public TraffickingWorld(RouteGraph routes, NarcoLogicParameters parameters, ulong seed, int run, BlockRunner? parallel = null)
    {
        Parallel = parallel ?? BlockRunner.Sequential;
        Routes = routes;
        Parameters = parameters;
        Seed = seed;
        Run = run;
        RunLabel = run;
        Risk = new RiskPerception(parameters.Trafficking);
        int n = routes.NodeCount, m = routes.EdgeCount;
        // Each cell can become an organization of its own after splits.
        Territory = new Territory(routes, routes.Organizations * Math.Max(1, parameters.Organizations.Lieutenants));
        int orgSlots = Territory.Capacity + 1;
        Coupling = new RouteCoupling(n, orgSlots, parameters.Trafficking.ExpandMax);
        // The coupling's arrays, held here too so the route agents' loops read them directly.
        NodeClosed = Coupling.NodeClosed;
        SupplyAccess = Coupling.SupplyAccess;
        Coordinated = Coupling.Coordinated;
        ExpansionCap = Coupling.ExpansionCap;
        CostMultiplier = Coupling.CostMultiplier;
        Stock = new double[n];
        // Per-edge arrays of 10M edges on a 1M-node world: copied and filled in parallel blocks.
        Cost = BlockArrays.Copy(Parallel, routes.BaseCostUsdPerKg);
        SlProb = BlockArrays.Copy(Parallel, routes.InitialSlProb);
        PerceivedRisk = BlockArrays.Filled(Parallel, m, Risk.InitialRisk);
        EventHistory = new ulong[m];
        RoutePref = new RoutePreferences(m, PerceivedRisk, Territory);
        Flow = new double[m];
        Seized = new double[m];
        SeizedLastMonth = new double[m];
        FlowLastMonth = new double[m];
        Targeted = new bool[m];
        EverReceived = new bool[n];
        Activity = new EdgeActivity(m);
        Stocked = new StockedNodes(n, orgSlots);
        ActiveQuantities = new ActiveEdgeQuantities(this);
        _clearLastActive = new ClearLastActive(this);
        InitialNetwork.Apply(this);
    }

    private readonly ClearLastActive _clearLastActive;

    /// <summary>Clears flow and seizure on the month-before-last's active edges (each edge alone: any partition).</summary>
    private sealed class ClearLastActive(TraffickingWorld w) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var edges = w.Activity.LastMonth;
            for (int i = start; i < end; i++)
            {
                int e = edges[i];
                w.Flow[e] = 0;
                w.Seized[e] = 0;
            }
        }
    }

    /// <summary>The edges this month's and last month's quantities live on, and the edges with events in their risk window.</summary>
    public EdgeActivity Activity { get; }

    /// <summary>This month's active edges' kg, organization and receiver, gathered after shipping.</summary>
    public ActiveEdgeQuantities ActiveQuantities { get; }

    /// <summary>Threads for the phases whose per-edge work is independent (results do not depend on the count).</summary>
    public BlockRunner Parallel { get; }

    public RouteGraph Routes { get; }
    public NarcoLogicParameters Parameters { get; }
    public ulong Seed { get; }
    /// <summary>The run index that keys the random streams (0 for a single run; see <see cref="RunLabel"/>).</summary>
    public int Run { get; }

    /// <summary>The run id written in the output tables' run column; a batch numbers its runs here.</summary>
    public int RunLabel { get; set; }
    public RiskPerception Risk { get; }

    /// <summary>Organization per node and edge; changes when organizations split.</summary>
    public Territory Territory { get; }

    /// <summary>What the organizations set each month and the route agents read (written by OrganizationDynamics only).</summary>
    public RouteCoupling Coupling { get; }

    // The coupling's arrays (meanings in RouteCoupling), read directly by the route agents' loops.
    public bool[] NodeClosed { get; }
    public double[] SupplyAccess { get; }
    public bool[] Coordinated { get; }
    public int[] ExpansionCap { get; }
    public double[] CostMultiplier { get; }

    /// <summary>Transport cost an organization pays on an edge this month, USD/kg.</summary>
    public double EffectiveCost(int edge) => Cost[edge] * CostMultiplier[Territory.EdgeOrg[edge]];

    // Nodes
    /// <summary>Cocaine held at each node, kg (the source's leftover carries over; the market is emptied monthly).</summary>
    public double[] Stock { get; }

    /// <summary>The transit nodes whose stock is not zero (kept by the node agents as they ship).</summary>
    public StockedNodes Stocked { get; }

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
    public RoutePreferences RoutePref { get; }

    /// <summary>Kg that crossed the edge unseized this month.</summary>
    public double[] Flow { get; private set; }

    /// <summary>Kg seized on the edge this month.</summary>
    public double[] Seized { get; private set; }
    public double[] SeizedLastMonth { get; private set; }
    public double[] FlowLastMonth { get; private set; }

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

    /// <summary>
    /// Clears the per-month edge quantities, keeping last month's for the revisit rule (R8), and moves every
    /// edge's risk window one month on (R1). Work is proportional to last months' active edges, not to all edges.
    /// </summary>
    public void BeginMonth()
    {
        // This month's arrays become last month's; the month before last's become this month's, and are
        // cleared where they were non-zero (the edges active then).
        (FlowLastMonth, Flow) = (Flow, FlowLastMonth);
        (SeizedLastMonth, Seized) = (Seized, SeizedLastMonth);
        Parallel.ForElementwise(Activity.LastMonth.Length, _clearLastActive);
        Activity.Rotate();
        Activity.AgeWindows(EventHistory, Risk);
        ProducedKg = DeliveredKg = SeizedKg = SourceOutflowKg = 0;
    }
}
