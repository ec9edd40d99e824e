using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Graphs;

using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Tests.ManyOrganizations;

/// <summary>
/// Reference: the network agent as it was before it grouped edges by organization (commit 109104f), a
/// straightforward scan of every edge per organization, O(organizations × edges) a month. Kept to check that
/// <see cref="NetworkAgent"/> gives exactly the same route preferences, expansions and cuts.
/// </summary>
internal sealed class ReferenceNetworkAgent
{
    private readonly TraffickingWorld _w;
    private readonly int[] _scratch;
    private readonly bool[] _nodeActive, _nodeTaken, _protectedEdge, _cutNow;
    private readonly int[] _added, _cut;
    private readonly int[] _expanded, _consolidated;
    private readonly double[] _losses, _largestValue;
    private readonly bool[] _anyFlow;
    private int _expandedCount, _consolidatedCount;

    public ReferenceNetworkAgent(TraffickingWorld world)
    {
        _w = world;
        int n = world.Routes.NodeCount, m = world.Routes.EdgeCount;
        _scratch = new int[m];
        _nodeActive = new bool[n];
        _nodeTaken = new bool[n];
        _protectedEdge = new bool[m];
        _cutNow = new bool[m];
        _added = new int[world.Territory.Capacity + 1];
        _cut = new int[world.Territory.Capacity + 1];
        _losses = new double[world.Territory.Capacity + 1];
        _largestValue = new double[world.Territory.Capacity + 1];
        _anyFlow = new bool[world.Territory.Capacity + 1];
        _expanded = new int[m];
        _consolidated = new int[m];
    }

    /// <summary>Edges opened to new nodes this month (sender → new node), in order of choice.</summary>
    public ReadOnlySpan<int> Expanded => _expanded.AsSpan(0, _expandedCount);

    /// <summary>Active edges closed by consolidation this month.</summary>
    public ReadOnlySpan<int> Consolidated => _consolidated.AsSpan(0, _consolidatedCount);

    /// <summary>Nodes added by expansion this month, per organization (index 1..).</summary>
    public ReadOnlySpan<int> Added => _added;

    /// <summary>Edges cut by consolidation this month, per organization (index 1..).</summary>
    public ReadOnlySpan<int> Cut => _cut;

    public void Act()
    {
        Array.Clear(_added);
        Array.Clear(_cut);
        _expandedCount = _consolidatedCount = 0;
        MeasureLosses();
        for (int org = 1; org <= _w.Territory.Count; org++)
            if (_w.Coordinated[org]) ActFor(org); // without a leader there is no network-level planning
    }

    /// <summary>
    /// R10, for every organization in one pass over the edges: L = Σ seized kg · margin over seized edges;
    /// T = losslim · max over edges with unseized flow of flow · margin. Acting changes only routepref, so
    /// measuring all organizations before any acts is the same as measuring each just before it acts.
    /// </summary>
    private void MeasureLosses()
    {
        var w = _w;
        var routes = w.Routes;
        Array.Clear(_losses);
        Array.Clear(_largestValue);
        Array.Clear(_anyFlow);
        for (int e = 0; e < routes.EdgeCount; e++)
        {
            double flow = w.Flow[e], seized = w.Seized[e];
            if (flow <= 0 && seized <= 0) continue;
            int org = w.Territory.EdgeOrg[e];
            double margin = Math.Max(routes.AddedValue(e) - w.EffectiveCost(e), 0);
            if (seized > 0) _losses[org] += seized * margin;
            if (flow > 0)
            {
                _anyFlow[org] = true;
                _largestValue[org] = Math.Max(_largestValue[org], flow * margin);
            }
        }
    }

    private void ActFor(int org)
    {
        var w = _w;
        double losses = _losses[org];
        double tolerance = _anyFlow[org] ? w.Parameters.Trafficking.LossLimit * _largestValue[org] : 0;
        if (losses == 0 && tolerance == 0) losses = 0.1; // R10, as in the 2018 code
        if (losses > tolerance) Expand(org, losses, tolerance);
        else if (losses > 0) Consolidate(org, losses, tolerance);
    }

    private static bool IsActive(TraffickingWorld w, int e) => w.Flow[e] > 0 || w.Seized[e] > 0;

    /// <summary>R11: cut the round(n·L/(L+T)) riskiest active edges (at most n−1), sparing the safest primary corridor.</summary>
    private void Consolidate(int org, double losses, double tolerance)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        int n = 0;
        for (int e = 0; e < routes.EdgeCount; e++)
            if (w.Territory.EdgeOrg[e] == org && IsActive(w, e)) _scratch[n++] = e;
        if (n == 0) return;
        int nCut = Math.Min((int)Math.Floor(n * losses / (losses + tolerance) + 0.5), n - 1);
        if (nCut <= 0) return;

        // Protected: the lowest-risk active source edge (ties: larger flow, then first) and the edges leaving its node.
        int primary = -1;
        for (int e = g.OutStart(routes.Source); e < g.OutEnd(routes.Source); e++)
        {
            if (w.Territory.EdgeOrg[e] != org || !IsActive(w, e)) continue;
            if (primary < 0 || w.PerceivedRisk[e] < w.PerceivedRisk[primary]
                || (w.PerceivedRisk[e] == w.PerceivedRisk[primary] && w.Flow[e] > w.Flow[primary])) primary = e;
        }
        var active = _scratch.AsSpan(0, n);
        Selection.SortSmallest(active, nCut, new ByValueDescendingThenReceiver(w.PerceivedRisk, g)); // only the riskiest nCut are read
        int protectedNode = primary >= 0 ? g.Target(primary) : -1;
        for (int i = 0; i < nCut; i++)
        {
            int e = active[i];
            if (e == primary || g.Source(e) == protectedNode) continue; // protected edges shrink the cut
            w.RoutePref[e] = 0;
            _cutNow[e] = true;
            _cut[org]++;
            _consolidated[_consolidatedCount++] = e;
        }
        // A node that lost all its active outlets in this cut is dropped: its in-edges from the organization close.
        for (int i = 0; i < nCut; i++)
        {
            int u = g.Source(active[i]);
            if (u == routes.Source || !_cutNow[active[i]]) continue;
            bool anyLeft = false;
            for (int e = g.OutStart(u); e < g.OutEnd(u) && !anyLeft; e++)
                anyLeft = IsActive(w, e) && !_cutNow[e];
            if (anyLeft) continue;
            foreach (int e in g.InEdges(u))
                if (w.Territory.EdgeOrg[e] == org) w.RoutePref[e] = 0;
        }
        for (int i = 0; i < nCut; i++) _cutNow[active[i]] = false;
    }

    /// <summary>R12: add min(max(ceil(L/T), 1), expandmax, idle) new nodes, best price gain minus cost first.</summary>
    private void Expand(int org, double losses, double tolerance)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        Array.Clear(_nodeActive);
        for (int e = 0; e < routes.EdgeCount; e++)
            if (IsActive(w, e)) { _nodeActive[g.Source(e)] = true; _nodeActive[g.Target(e)] = true; }
        int idle = 0;
        for (int v = 1; v < routes.Market; v++)
            if (w.Territory.NodeOrg[v] == org && !_nodeActive[v]) idle++;
        int expandMax = w.ExpansionCap[org]; // expandmax, limited by financiers in place
        int nAdd = tolerance > 0 ? (int)Math.Min(Math.Max(Math.Ceiling(losses / tolerance), 1), expandMax) : expandMax;
        nAdd = Math.Min(nAdd, idle);
        if (nAdd <= 0) return;

        // Candidate edges: sender (source, or an active organization node) → idle organization node.
        int c = 0;
        for (int e = 0; e < routes.EdgeCount; e++)
        {
            int u = g.Source(e), v = g.Target(e);
            if (v == routes.Market || w.Territory.NodeOrg[v] != org || _nodeActive[v]) continue;
            bool sender = u == routes.Source || (w.Territory.NodeOrg[u] == org && _nodeActive[u]);
            if (sender) _scratch[c++] = e;
        }
        var candidates = _scratch.AsSpan(0, c);
        Selection.Sort(candidates, new ByGainDescending(routes.Price, w, g));
        Array.Clear(_nodeTaken);
        int added = 0;
        foreach (int e in candidates)
        {
            if (added == nAdd) break;
            int v = g.Target(e);
            if (_nodeTaken[v]) continue; // distinct receivers
            _nodeTaken[v] = true;
            w.RoutePref[e] = 1;
            _expanded[_expandedCount++] = e;
            for (int f = g.OutStart(v); f < g.OutEnd(v); f++)
            {
                int t = g.Target(f);
                if (t == routes.Market || w.Territory.NodeOrg[t] == org) w.RoutePref[f] = 1;
            }
            added++;
        }
        _added[org] = added;
    }

    /// <summary>Price gain minus this month's cost, descending; ties by receiver, then sender index (R12).</summary>
    private readonly struct ByGainDescending(double[] price, TraffickingWorld w, CsrGraph g) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            double ga = price[g.Target(a)] - price[g.Source(a)] - w.EffectiveCost(a);
            double gb = price[g.Target(b)] - price[g.Source(b)] - w.EffectiveCost(b);
            int c = gb.CompareTo(ga);
            if (c != 0) return c;
            c = g.Target(a).CompareTo(g.Target(b));
            return c != 0 ? c : g.Source(a).CompareTo(g.Source(b));
        }
    }
}
