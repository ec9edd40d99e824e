using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The month's network-wide and per-organization sums that the output tables report, gathered in one pass
/// over the month's active edges and one over the nodes (instead of a pass per table, per organization and
/// per measure). The permitted edges' counts and risk sum are kept by <see cref="RoutePreferences"/> as they
/// change. The pass over the nodes runs in parallel blocks: counts are exact integers, the stock in transit
/// is summed per block and the blocks in order, and every sum over the month's active edges runs
/// sequentially in edge-id order over the world's list of active edges. Results are therefore the same at
/// any thread count (and, for worlds of one block, the same as a plain loop in edge order).
/// </summary>
public sealed class MonthAggregates
{
    private readonly TraffickingWorld _w;
    private readonly bool[] _received;
    private readonly double[] _blockStock; // per-block partial sums
    private readonly int[][] _workerActiveNodes; // per worker and organization
    private readonly int[] _workerTotals;        // per worker: active nodes
    private readonly TermBlocks _termBlocks;
    // Per active edge (by position in the month's list): its quantities and terms, gathered in parallel.
    private double[] _flow = [], _seized = [], _value = [], _margin = [], _bribe = [], _entropyTerm = [], _orgEntropyTerm = [];
    private int[] _org = [];
    private bool[] _toMarket = [];
    private readonly NodeBlocks _nodeBlocks;

    public MonthAggregates(TraffickingWorld w)
    {
        _w = w;
        int orgs = w.Territory.Capacity + 1;
        _received = new bool[w.Routes.NodeCount];
        _blockStock = new double[BlockRunner.BlockCount(w.Routes.NodeCount)];
        int threads = w.Parallel.Threads;
        _workerActiveNodes = new int[threads][];
        for (int t = 0; t < threads; t++) _workerActiveNodes[t] = new int[orgs];
        _workerTotals = new int[threads];
        _termBlocks = new TermBlocks(this);
        // Room for 2^17 active edges (5 MB) from the start, or every edge of a smaller world: beyond that the
        // buffers double when a month first has more active edges (never in a steady state).
        EnsureTermCapacity(Math.Min(w.Routes.EdgeCount, 1 << 17));
        _nodeBlocks = new NodeBlocks(this);
        ActiveNodes = new int[orgs];
        ActiveEdges = new int[orgs];
        Permitted = new int[orgs];
        Successes = new int[orgs];
        FlowEdges = new int[orgs];
        SourceOutflow = new double[orgs];
        Delivered = new double[orgs];
        Seized = new double[orgs];
        SeizedValue = new double[orgs];
        Entropy = new double[orgs];
    }

    // Per organization (index = organization id; 0 holds source and market, which own no edges).
    public int[] ActiveNodes { get; }
    public int[] ActiveEdges { get; }
    public int[] Permitted { get; }
    public int[] Successes { get; }
    public int[] FlowEdges { get; }
    public double[] SourceOutflow { get; }
    public double[] Delivered { get; }
    public double[] Seized { get; }
    public double[] SeizedValue { get; }
    public double[] Entropy { get; }

    // Network-wide.
    public int TotalActiveNodes { get; private set; }
    public int TotalActiveEdges { get; private set; }
    public int TotalSuccesses { get; private set; }
    public int TotalPermitted { get; private set; }
    public int TotalFlowEdges { get; private set; }
    public double RiskSum { get; private set; }
    public double TotalSeizedValue { get; private set; }
    public double Margin { get; private set; }
    public double Bribes { get; private set; }
    public double TotalEntropy { get; private set; }
    public double InTransitKg { get; private set; }

    /// <summary>Evenness H / ln(n) over n edges with flow (0 for n ≤ 1), as <see cref="NetworkMetrics.FlowDiversity"/>.</summary>
    public static double Evenness(double entropy, int flowEdges) => flowEdges > 1 ? entropy / Math.Log(flowEdges) : 0;

    public void Compute()
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        var edgeOrg = w.Territory.EdgeOrg;
        Array.Clear(ActiveNodes); Array.Clear(ActiveEdges); Array.Clear(Successes); Array.Clear(FlowEdges);
        Array.Clear(SourceOutflow); Array.Clear(Delivered); Array.Clear(Seized); Array.Clear(SeizedValue); Array.Clear(Entropy);
        ClearWorkers();

        // Source outflow per organization first: the entropy's shares need it (source edges have the lowest ids,
        // so they lead the active list; inactive ones would add zero).
        var active = w.Activity.ThisMonth;
        foreach (int e in active)
        {
            if (g.Source(e) != routes.Source) break;
            SourceOutflow[edgeOrg[e]] += w.Flow[e] + w.Seized[e];
        }

        // Parallel: each active edge's quantities and terms (the logarithms are the costly part), and the marks of
        // the nodes it reached; summed below in edge order.
        EnsureTermCapacity(active.Length);
        w.Parallel.ForElementwise(active.Length, _termBlocks);

        // Sequential, in edge order: every sum over the active edges (flow or seizure this month). It reads only
        // the terms gathered above, contiguous by position, not the edge arrays at random.
        double total = w.SourceOutflowKg;
        int successes = 0, flowEdges = 0, activeEdges = active.Length;
        double seizedValue = 0, margin = 0, bribes = 0, entropy = 0;
        for (int i = 0; i < active.Length; i++)
        {
            int org = _org[i];
            double flow = _flow[i], seized = _seized[i];
            ActiveEdges[org]++;
            if (_toMarket[i]) Delivered[org] += flow;
            if (seized > 0)
            {
                successes++;
                Successes[org]++;
                double value = _value[i];
                seizedValue += value;
                Seized[org] += seized;
                SeizedValue[org] += value;
            }
            if (flow > 0)
            {
                margin += _margin[i];
                bribes += _bribe[i];
                // Flow diversity (R19): shares of the network's and of the organization's source outflow.
                if (total > 0) { entropy -= _entropyTerm[i]; flowEdges++; }
                if (SourceOutflow[org] > 0) { Entropy[org] -= _orgEntropyTerm[i]; FlowEdges[org]++; }
            }
        }

        // Parallel: nodes reached this month and stock in transit (clears the reached marks for next month).
        w.Parallel.For(routes.NodeCount, _nodeBlocks);
        double inTransit = 0;
        foreach (double s in _blockStock) inTransit += s;

        int activeNodes = 0;
        for (int t = 0; t < w.Parallel.Threads; t++)
        {
            activeNodes += _workerTotals[t];
            for (int org = 0; org < ActiveNodes.Length; org++) ActiveNodes[org] += _workerActiveNodes[t][org];
        }
        w.RoutePref.PermittedByOrganization(Permitted);
        TotalActiveNodes = activeNodes; TotalActiveEdges = activeEdges; TotalSuccesses = successes; TotalPermitted = w.RoutePref.PermittedCount;
        TotalFlowEdges = flowEdges; RiskSum = w.RoutePref.PermittedRiskSum; TotalSeizedValue = seizedValue; Margin = margin; Bribes = bribes;
        TotalEntropy = entropy; InTransitKg = inTransit;
    }

    private void ClearWorkers()
    {
        Array.Clear(_workerTotals);
        foreach (var counts in _workerActiveNodes) Array.Clear(counts);
    }

    private void EnsureTermCapacity(int n)
    {
        if (_value.Length >= n) return;
        int size = Math.Min(_w.Routes.EdgeCount, Math.Max(n, 2 * _value.Length));
        _flow = new double[size];
        _seized = new double[size];
        _org = new int[size];
        _toMarket = new bool[size];
        _value = new double[size];
        _margin = new double[size];
        _bribe = new double[size];
        _entropyTerm = new double[size];
        _orgEntropyTerm = new double[size];
    }

    /// <summary>
    /// Per active edge: flow, seizure, organization, whether it reaches the market, seized value, margin, bribe
    /// and p·ln p of its network and organization shares (R19); marks the node a flow reached (several edges may
    /// mark one node: every write is the same <c>true</c>).
    /// </summary>
    private sealed class TermBlocks(MonthAggregates a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var w = a._w;
            var routes = w.Routes;
            var g = routes.Graph;
            var active = w.Activity.ThisMonth;
            var edgeOrg = w.Territory.EdgeOrg;
            double total = w.SourceOutflowKg, bribePct = w.Parameters.Trafficking.BribePct;
            for (int i = start; i < end; i++)
            {
                int e = active[i];
                double flow = w.Flow[e], seized = w.Seized[e];
                int target = g.Target(e), org = edgeOrg[e];
                a._flow[i] = flow;
                a._seized[i] = seized;
                a._org[i] = org;
                a._toMarket[i] = target == routes.Market;
                if (seized > 0) a._value[i] = seized * routes.Price[target];
                if (flow <= 0) continue;
                a._received[target] = true;
                double edgeMargin = flow * (routes.AddedValue(e) - w.EffectiveCost(e));
                a._margin[i] = edgeMargin;
                a._bribe[i] = bribePct * Math.Max(edgeMargin, 0);
                if (total > 0) { double p = flow / total; a._entropyTerm[i] = p * Math.Log(p); }
                double orgOutflow = a.SourceOutflow[org];
                if (orgOutflow > 0) { double p = flow / orgOutflow; a._orgEntropyTerm[i] = p * Math.Log(p); }
            }
        }
    }

    private sealed class NodeBlocks(MonthAggregates a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var w = a._w;
            var routes = w.Routes;
            var stock = w.Stock;
            var nodeOrg = w.Territory.NodeOrg;
            var activeByOrg = a._workerActiveNodes[worker];
            var received = a._received;
            int active = 0;
            double inTransit = 0;
            for (int v = Math.Max(start, 1); v < Math.Min(end, routes.Market); v++) // transit nodes only
            {
                inTransit += stock[v];
                if (!received[v]) continue;
                received[v] = false;
                active++;
                activeByOrg[nodeOrg[v]]++;
            }
            a._blockStock[block] = inTransit;
            a._workerTotals[worker] += active;
        }
    }
}
