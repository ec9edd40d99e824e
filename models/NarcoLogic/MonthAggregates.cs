using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The month's network-wide and per-organization sums that the output tables report, gathered in one pass
/// over the month's active edges (instead of a pass per table, per organization and per measure). Each active
/// edge's terms are computed in parallel element-wise blocks from the quantities shipping gathered
/// (<see cref="ActiveEdgeQuantities"/>); every sum over them then runs
/// sequentially in edge-id order; nodes reached are counted from the flow edges (exact integers); the stock in
/// transit is summed over the stocked nodes per block of node ids and the blocks in order. The permitted
/// edges' counts and risk sum are kept by <see cref="RoutePreferences"/> as they change. Results are
/// therefore the same at any thread count, and those of plain passes over every edge and node.
/// </summary>
public sealed class MonthAggregates
{
    private readonly TraffickingWorld _w;
    private readonly MarkedIds _reached; // transit nodes reached by this month's flow, while counting
    private readonly TermBlocks _termBlocks;
    // Per active edge (by position in the month's list): its terms, computed in parallel.
    private double[] _value = [], _margin = [], _bribe = [], _entropyTerm = [], _orgEntropyTerm = [];

    public MonthAggregates(TraffickingWorld w)
    {
        _w = w;
        int orgs = w.Territory.Capacity + 1;
        _reached = new MarkedIds(w.Routes.NodeCount);
        _termBlocks = new TermBlocks(this);
        EnsureTermCapacity(0); // sized as the gathered quantities are (ActiveEdgeQuantities.Room)
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
        int market = w.Routes.Market;
        Array.Clear(ActiveNodes); Array.Clear(ActiveEdges); Array.Clear(Successes); Array.Clear(FlowEdges);
        Array.Clear(SourceOutflow); Array.Clear(Delivered); Array.Clear(Seized); Array.Clear(SeizedValue); Array.Clear(Entropy);

        // Source outflow per organization first: the entropy's shares need it (source edges lead the active list).
        var active = w.Activity.ThisMonth;
        var q = w.ActiveQuantities;
        for (int i = 0; i < q.FromSource; i++) SourceOutflow[q.Org[i]] += q.Flow[i] + q.Seized[i];

        // Parallel: each active edge's terms (the logarithms are the costly part); summed below in edge order.
        EnsureTermCapacity(active.Length);
        w.Parallel.ForElementwise(active.Length, _termBlocks);

        // Sequential, in edge order: every sum over the active edges (flow or seizure this month). It reads only
        // contiguous arrays by position (the gathered quantities and the terms), not the edge arrays at random.
        double total = w.SourceOutflowKg;
        int successes = 0, flowEdges = 0, activeEdges = active.Length;
        var nodeOrg = w.Territory.NodeOrg;
        double seizedValue = 0, margin = 0, bribes = 0, entropy = 0;
        for (int i = 0; i < active.Length; i++)
        {
            int org = q.Org[i], v = q.Target[i];
            double flow = q.Flow[i], seized = q.Seized[i];
            ActiveEdges[org]++;
            if (v == market) Delivered[org] += flow;
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
                if (v != market && _reached.Add(v)) ActiveNodes[nodeOrg[v]]++; // a transit node reached this month
                margin += _margin[i];
                bribes += _bribe[i];
                // Flow diversity (R19): shares of the network's and of the organization's source outflow.
                if (total > 0) { entropy -= _entropyTerm[i]; flowEdges++; }
                if (SourceOutflow[org] > 0) { Entropy[org] -= _orgEntropyTerm[i]; FlowEdges[org]++; }
            }
        }

        int activeNodes = _reached.Count;
        _reached.Clear();

        // Stock in transit: the nodes holding stock, in id order, summed per block of BlockRunner.BlockSize node
        // ids and the blocks in order, the sums of the parallel pass over every node this replaces (zero stocks
        // add nothing).
        w.Stocked.SortById();
        double inTransit = 0, blockSum = 0;
        int block = -1;
        foreach (int v in w.Stocked.Nodes)
        {
            int b = v / BlockRunner.BlockSize;
            if (b != block)
            {
                inTransit += blockSum;
                (blockSum, block) = (0, b);
            }
            blockSum += w.Stock[v];
        }
        inTransit += blockSum;

        w.RoutePref.PermittedByOrganization(Permitted);
        TotalActiveNodes = activeNodes; TotalActiveEdges = activeEdges; TotalSuccesses = successes; TotalPermitted = w.RoutePref.PermittedCount;
        TotalFlowEdges = flowEdges; RiskSum = w.RoutePref.PermittedRiskSum; TotalSeizedValue = seizedValue; Margin = margin; Bribes = bribes;
        TotalEntropy = entropy; InTransitKg = inTransit;
    }

    private void EnsureTermCapacity(int n)
    {
        int size = ActiveEdgeQuantities.Room(_w.Routes.EdgeCount, n, _value.Length);
        if (size == _value.Length) return;
        _value = new double[size];
        _margin = new double[size];
        _bribe = new double[size];
        _entropyTerm = new double[size];
        _orgEntropyTerm = new double[size];
    }

    /// <summary>Per active edge: seized value, margin, bribe and p·ln p of its network and organization shares (R19).</summary>
    private sealed class TermBlocks(MonthAggregates a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var w = a._w;
            var routes = w.Routes;
            var active = w.Activity.ThisMonth;
            var q = w.ActiveQuantities;
            double total = w.SourceOutflowKg, bribePct = w.Parameters.Trafficking.BribePct;
            for (int i = start; i < end; i++)
            {
                int e = active[i], org = q.Org[i];
                double flow = q.Flow[i], seized = q.Seized[i];
                if (seized > 0) a._value[i] = seized * routes.Price[q.Target[i]];
                if (flow <= 0) continue;
                double edgeMargin = flow * (routes.AddedValue(e) - w.EffectiveCost(e));
                a._margin[i] = edgeMargin;
                a._bribe[i] = bribePct * Math.Max(edgeMargin, 0);
                if (total > 0) { double p = flow / total; a._entropyTerm[i] = p * Math.Log(p); }
                double orgOutflow = a.SourceOutflow[org];
                if (orgOutflow > 0) { double p = flow / orgOutflow; a._orgEntropyTerm[i] = p * Math.Log(p); }
            }
        }
    }

}
