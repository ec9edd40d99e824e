using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The organization's network agent, NarcoLogic's competitive-adaptation rule (Magliocca et al. 2019;
/// 2018 code; R10–R12). Each month each organization compares its losses to seizures, L, with a loss
/// tolerance T. Within tolerance it consolidates, cutting its riskiest active edges; beyond it, it
/// expands to idle nodes of its territory. Spread is thus a response to interdiction, not a drift.
/// </summary>
/// <remarks>
/// Cost per month is O(edges + organizations), whatever the number of organizations: one pass over the
/// edges groups the active edges by organization, and, when any organization expands, one more pass groups
/// the expansion candidates. Acting changes only routepref, which neither grouping reads, so grouping once
/// gives every organization the same edges, in the same (edge-id) order, as a scan of its own would.
/// </remarks>
public sealed class NetworkAgent
{
    private readonly TraffickingWorld _w;
    private readonly int[] _scratch;
    private readonly bool[] _nodeActive, _nodeTaken, _cutNow;
    private readonly int[] _activeNodes; // the nodes marked in _nodeActive
    private int _activeNodeCount;
    private readonly int[] _added, _cut;
    private readonly int[] _expanded, _consolidated;
    private readonly double[] _losses, _largestValue;
    private readonly bool[] _anyFlow;
    // Edges grouped by organization, in edge-id order within each: this month's active edges in
    // [0, _activeTotal), then (once an organization expands) the expansion candidates after them. The two
    // sets are disjoint (a candidate leads to an idle node, which touches no active edge), so one array of
    // length edges holds both. Group org spans _activeStart[org] .. _activeStart[org + 1], likewise _candidateStart.
    private readonly int[] _grouped;
    private readonly int[] _activeStart, _candidateStart, _idle, _senders;
    private readonly CountIdle _countIdle;
    private readonly bool _sourceToEvery;
    private readonly WriteSourceCandidates _writeSourceCandidates;
    private int _activeTotal;
    private bool _candidatesReady;
    private int _expandedCount, _consolidatedCount;

    public NetworkAgent(TraffickingWorld world)
    {
        _w = world;
        int n = world.Routes.NodeCount, m = world.Routes.EdgeCount;
        _scratch = new int[m];
        _grouped = new int[m];
        _nodeActive = new bool[n];
        _activeNodes = new int[n];
        _nodeTaken = new bool[n];
        _cutNow = new bool[m];
        _activeStart = new int[world.Territory.Capacity + 2];
        _candidateStart = new int[world.Territory.Capacity + 2];
        _idle = new int[world.Territory.Capacity + 1];
        _senders = new int[world.Territory.Capacity + 1];
        _countIdle = new CountIdle(this);
        // The source's out-edges go to exactly the transit nodes 1..market−1 (sorted, distinct, never to the market).
        _sourceToEvery = world.Routes.Graph.OutDegree(world.Routes.Source) == world.Routes.Market - 1;
        _writeSourceCandidates = new WriteSourceCandidates(this);
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
        // Organization-indexed arrays are sized for every organization a run can hold; only ids 0..Count exist.
        int slots = _w.Territory.Count + 1;
        Array.Clear(_added, 0, slots);
        Array.Clear(_cut, 0, slots);
        _expandedCount = _consolidatedCount = 0;
        _candidatesReady = false;
        MeasureLosses();
        for (int org = 1; org <= _w.Territory.Count; org++)
            if (_w.Coordinated[org]) ActFor(org); // without a leader there is no network-level planning
    }

    /// <summary>
    /// R10, for every organization in one pass over the month's active edges: L = Σ seized kg · margin over seized edges;
    /// T = losslim · max over edges with unseized flow of flow · margin. Acting changes only routepref, so
    /// measuring all organizations before any acts is the same as measuring each just before it acts.
    /// The same pass groups the active edges by organization for consolidation.
    /// </summary>
    private void MeasureLosses()
    {
        var w = _w;
        var routes = w.Routes;
        int slots = w.Territory.Count + 1;
        Array.Clear(_losses, 0, slots);
        Array.Clear(_largestValue, 0, slots);
        Array.Clear(_anyFlow, 0, slots);
        int active = 0;
        foreach (int e in w.Activity.ThisMonth) // the edges with flow or a seizure, in edge-id order
        {
            double flow = w.Flow[e], seized = w.Seized[e];
            int org = w.Territory.EdgeOrg[e];
            _scratch[active++] = e;
            double margin = Math.Max(routes.AddedValue(e) - w.EffectiveCost(e), 0);
            if (seized > 0) _losses[org] += seized * margin;
            if (flow > 0)
            {
                _anyFlow[org] = true;
                _largestValue[org] = Math.Max(_largestValue[org], flow * margin);
            }
        }
        _activeTotal = active;
        Grouping.ByKey(_scratch.AsSpan(0, active), w.Territory.EdgeOrg, _activeStart.AsSpan(0, slots + 1), _grouped);
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
        // The organization's active edges, in edge-id order (grouped by MeasureLosses).
        var active = _grouped.AsSpan(_activeStart[org], _activeStart[org + 1] - _activeStart[org]);
        int n = active.Length;
        if (n == 0) return;
        int nCut = Math.Min((int)Math.Floor(n * losses / (losses + tolerance) + 0.5), n - 1);
        if (nCut <= 0) return;

        // Protected: the lowest-risk active source edge (ties: larger flow, then first) and the edges leaving its node.
        int primary = -1;
        foreach (int e in active)
        {
            if (g.Source(e) != routes.Source) continue;
            if (primary < 0 || w.PerceivedRisk[e] < w.PerceivedRisk[primary]
                || (w.PerceivedRisk[e] == w.PerceivedRisk[primary] && w.Flow[e] > w.Flow[primary])) primary = e;
        }
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
        if (!_candidatesReady) PrepareExpansion();
        int idle = _idle[org];
        int expandMax = w.ExpansionCap[org]; // expandmax, limited by financiers in place
        int nAdd = tolerance > 0 ? (int)Math.Min(Math.Max(Math.Ceiling(losses / tolerance), 1), expandMax) : expandMax;
        nAdd = Math.Min(nAdd, idle);
        if (nAdd <= 0) return;

        // Candidate edges: sender (source, or an active organization node) → idle organization node.
        var candidates = _grouped.AsSpan(_candidateStart[org], _candidateStart[org + 1] - _candidateStart[org]);
        Selection.Sort(candidates, new ByGainDescending(routes.Price, w, g));
        int added = 0, firstExpanded = _expandedCount;
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
        for (int i = firstExpanded; i < _expandedCount; i++) _nodeTaken[g.Target(_expanded[i])] = false;
        _added[org] = added;
    }

    /// <summary>
    /// Once a month, before the first expansion: which nodes touch an active edge (of any organization), each
    /// organization's idle transit nodes, and its candidate edges grouped after the active ones in _grouped.
    /// Consolidation and expansion change only routepref, which none of this reads.
    /// </summary>
    private void PrepareExpansion()
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        var nodeOrg = w.Territory.NodeOrg;
        _candidatesReady = true;
        foreach (int v in _activeNodes.AsSpan(0, _activeNodeCount)) _nodeActive[v] = false; // last month's marks
        _activeNodeCount = 0;
        foreach (int e in _grouped.AsSpan(0, _activeTotal)) { MarkActive(g.Source(e)); MarkActive(g.Target(e)); }
        var activeNodes = _activeNodes.AsSpan(0, _activeNodeCount);
        activeNodes.Sort(); // node order is edge order: a sender's out-edges are consecutive ids
        var territory = w.Territory;
        int orgs = territory.Count;
        territory.PrepareNodesByOrganization();
        // Per organization (independent, in parallel): idle transit nodes, those no active edge touches.
        w.Parallel.ForEach(orgs, _countIdle);
        // Candidate edges into idle nodes, grouped by the receiver's organization and in edge-id order within a
        // group: the source's edges to the organization's idle nodes (the lowest ids, in node order), then the
        // active senders' edges (a non-source sender must be active and of the receiver's organization).
        Array.Clear(_senders, 0, orgs + 1);
        foreach (int u in activeNodes)
            if (u != routes.Source)
                for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
                    if (IsSenderCandidate(u, e)) _senders[nodeOrg[u]]++;
        _candidateStart[0] = _activeTotal;
        for (int org = 0; org <= orgs; org++)
        {
            _candidateStart[org + 1] = _candidateStart[org] + _idle[org] + _senders[org];
            _senders[org] = _candidateStart[org] + _idle[org]; // now: where the organization's sender edges go
        }
        foreach (int u in activeNodes)
            if (u != routes.Source)
                for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
                    if (IsSenderCandidate(u, e)) _grouped[_senders[nodeOrg[u]]++] = e;
        w.Parallel.ForEach(orgs, _writeSourceCandidates);
    }

    private bool IsSenderCandidate(int u, int e)
    {
        var routes = _w.Routes;
        int v = routes.Graph.Target(e);
        return v != routes.Market && !_nodeActive[v] && _w.Territory.NodeOrg[u] == _w.Territory.NodeOrg[v];
    }

    /// <summary>Idle transit nodes of organization block + 1.</summary>
    private sealed class CountIdle(NetworkAgent a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int org = block + 1, idle = 0;
            foreach (int v in a._w.Territory.NodesOf(org))
                if (!a._nodeActive[v]) idle++;
            a._idle[org] = idle;
        }
    }

    /// <summary>The source's edges to organization block + 1's idle nodes, at the start of its candidate group.</summary>
    private sealed class WriteSourceCandidates(NetworkAgent a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int org = block + 1, at = a._candidateStart[org];
            var routes = a._w.Routes;
            var g = routes.Graph;
            foreach (int v in a._w.Territory.NodesOf(org))
            {
                if (a._nodeActive[v]) continue;
                // R16 links the source to every transit node, in node order: edge OutStart(source) + v − 1.
                int e = a._sourceToEvery ? g.OutStart(routes.Source) + v - 1 : g.FindEdge(routes.Source, v);
                if (e >= 0) a._grouped[at++] = e;
            }
        }
    }

    private void MarkActive(int v)
    {
        if (_nodeActive[v]) return;
        _nodeActive[v] = true;
        _activeNodes[_activeNodeCount++] = v;
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
