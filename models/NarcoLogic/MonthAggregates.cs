namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The month's network-wide and per-organization sums that the output tables report, gathered in one pass
/// over the edges and one over the nodes (instead of a pass per table, per organization and per measure).
/// Sums run in edge-id order, exactly as the per-table loops they replace did, so outputs are unchanged.
/// </summary>
public sealed class MonthAggregates
{
    private readonly bool[] _received;

    public MonthAggregates(TraffickingWorld w)
    {
        int orgs = w.Territory.Capacity + 1;
        _received = new bool[w.Routes.NodeCount];
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

    public void Compute(TraffickingWorld w)
    {
        var routes = w.Routes;
        var g = routes.Graph;
        var edgeOrg = w.Territory.EdgeOrg;
        Array.Clear(ActiveNodes); Array.Clear(ActiveEdges); Array.Clear(Permitted); Array.Clear(Successes); Array.Clear(FlowEdges);
        Array.Clear(SourceOutflow); Array.Clear(Delivered); Array.Clear(Seized); Array.Clear(SeizedValue); Array.Clear(Entropy);
        Array.Clear(_received);

        // Source outflow per organization first: the entropy's shares need it (source edges have the lowest ids).
        for (int e = g.OutStart(routes.Source); e < g.OutEnd(routes.Source); e++)
            SourceOutflow[edgeOrg[e]] += w.Flow[e] + w.Seized[e];

        double total = w.SourceOutflowKg, bribePct = w.Parameters.Trafficking.BribePct;
        int activeEdges = 0, successes = 0, permitted = 0, flowEdges = 0;
        double riskSum = 0, seizedValue = 0, margin = 0, bribes = 0, entropy = 0;
        for (int e = 0; e < routes.EdgeCount; e++)
        {
            double flow = w.Flow[e], seized = w.Seized[e];
            int org = edgeOrg[e];
            if (flow > 0 || seized > 0) { activeEdges++; ActiveEdges[org]++; }
            if (w.RoutePref[e] > 0) { permitted++; Permitted[org]++; riskSum += w.PerceivedRisk[e]; }
            int target = g.Target(e);
            if (target == routes.Market) Delivered[org] += flow;
            if (seized > 0)
            {
                successes++;
                Successes[org]++;
                double value = seized * routes.Price[target];
                seizedValue += value;
                Seized[org] += seized;
                SeizedValue[org] += value;
            }
            if (flow > 0)
            {
                _received[target] = true;
                double edgeMargin = flow * (routes.AddedValue(e) - w.EffectiveCost(e));
                margin += edgeMargin;
                bribes += bribePct * Math.Max(edgeMargin, 0);
                // Flow diversity (R19): shares of the network's and of the organization's source outflow.
                if (total > 0) { double p = flow / total; entropy -= p * Math.Log(p); flowEdges++; }
                if (SourceOutflow[org] > 0) { double p = flow / SourceOutflow[org]; Entropy[org] -= p * Math.Log(p); FlowEdges[org]++; }
            }
        }
        int activeNodes = 0;
        double inTransit = 0;
        for (int v = 1; v < routes.Market; v++)
        {
            inTransit += w.Stock[v];
            if (!_received[v]) continue;
            activeNodes++;
            ActiveNodes[w.Territory.NodeOrg[v]]++;
        }
        TotalActiveNodes = activeNodes; TotalActiveEdges = activeEdges; TotalSuccesses = successes; TotalPermitted = permitted;
        TotalFlowEdges = flowEdges; RiskSum = riskSum; TotalSeizedValue = seizedValue; Margin = margin; Bribes = bribes;
        TotalEntropy = entropy; InTransitKg = inTransit;
    }
}
