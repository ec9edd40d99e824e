using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The organization's network agent, NarcoLogic's competitive-adaptation rule (Magliocca et al. 2019;
/// 2018 code; R10–R12). Each month each organization compares its losses to seizures, L, with a loss
/// tolerance T. Within tolerance it consolidates, cutting its riskiest active edges; beyond it, it
/// expands to idle nodes of its territory. Spread is thus a response to interdiction, not a drift. The rules'
/// arithmetic is <see cref="LossTolerance"/> (R10), <see cref="NetworkConsolidation"/> (R11) and
/// <see cref="NetworkExpansion"/> (R12); this class gathers the edges they are applied to.
/// </summary>
/// <remarks>
/// Cost per month is O(active edges + organizations), whatever the size of the world: one pass over the month's
/// active edges measures losses and groups those edges by organization, and an organization that expands
/// gathers its candidates from its own nodes (its territory's node list). Acting changes only routepref, which
/// neither reads, so every organization sees the same edges, in the same (edge-id) order, as a scan of its own
/// over every edge would.
/// </remarks>
public sealed class NetworkAgent
{
    private readonly TraffickingWorld _w;
    private readonly bool[] _nodeTaken, _cutNow;
    private readonly MarkedIds _activeNodes; // nodes that touch an active edge this month (once any organization expands)
    private readonly int[] _added, _cut;
    private readonly int[] _expanded, _consolidated;
    private readonly double[] _losses, _tolerance, _largestValue;
    private readonly bool[] _anyFlow;
    // This month's active edges grouped by organization, in edge-id order within each, in [0, _activeTotal);
    // group org spans _activeStart[org] .. _activeStart[org + 1].
    private readonly int[] _grouped;
    private readonly int[] _activeStart;
    private readonly BlockGrouping _grouping = new();
    private readonly bool _sourceToEvery;
    private readonly MeasureOrganization _measure;
    private readonly ActOrganization _act;
    private readonly int[] _acting; // organizations that expand or consolidate this month, ascending
    private readonly int[] _actOrder, _actWork; // the same, in the order they are handed out; minus their work
    private readonly bool[] _expands;
    private readonly int[] _expandedWorker, _expandedAt; // where an organization's expansions are, per organization
    private readonly WorkerScratch[] _scratch;
    private int _actingCount;
    private int _activeTotal;
    private int _expandedCount, _consolidatedCount;

    /// <summary>
    /// One thread's buffers: candidates of the organization it expands, the expansions it made, its routepref
    /// changes. Sized at the start for the largest organization and every organization's most expansions, so a
    /// run does not allocate (they grow only if splits ever give an organization more than the largest had).
    /// </summary>
    private sealed class WorkerScratch(int candidates, int expansions)
    {
        public int[] Candidates = new int[candidates];
        public int[] Expanded = new int[expansions];
        public int ExpandedCount;
        public readonly RoutePreferences.Changes Changes = new();
    }

    public NetworkAgent(TraffickingWorld world)
    {
        _w = world;
        int n = world.Routes.NodeCount, m = world.Routes.EdgeCount;
        _grouped = new int[m];
        _activeNodes = new MarkedIds(n);
        _nodeTaken = new bool[n];
        _cutNow = new bool[m];
        _activeStart = new int[world.Territory.Capacity + 2];
        // The source's out-edges go to exactly the transit nodes 1..market−1 (sorted, distinct, never to the market).
        _sourceToEvery = world.Routes.Graph.OutDegree(world.Routes.Source) == world.Routes.Market - 1;
        _measure = new MeasureOrganization(this);
        _act = new ActOrganization(this);
        int orgSlots = world.Territory.Capacity + 1;
        _added = new int[orgSlots];
        _cut = new int[orgSlots];
        _losses = new double[orgSlots];
        _tolerance = new double[orgSlots];
        _largestValue = new double[orgSlots];
        _anyFlow = new bool[orgSlots];
        _acting = new int[orgSlots];
        _actOrder = new int[orgSlots];
        _actWork = new int[orgSlots];
        _expands = new bool[orgSlots];
        _expandedWorker = new int[orgSlots];
        _expandedAt = new int[orgSlots];
        _scratch = new WorkerScratch[world.Parallel.Threads];
        int transit = Math.Max(0, world.Routes.Market - 1);
        long expansions = Math.Min(transit, (long)world.Parameters.Trafficking.ExpandMax * world.Territory.Capacity);
        for (int t = 0; t < _scratch.Length; t++) _scratch[t] = new WorkerScratch(LargestCandidateBound(), (int)expansions);
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

    /// <summary>
    /// Step 5: each coordinated organization measures its losses and tolerance (R10), then expands (R12) or
    /// consolidates (R11). Organizations act on their own edges and nodes only, and acting changes only
    /// routepref, which no organization's choice reads: so they act in parallel, one organization per work
    /// item, and their choices are listed afterwards in organization order, as a sequential pass makes them.
    /// </summary>
    public void Act()
    {
        var w = _w;
        // Organization-indexed arrays are sized for every organization a run can hold; only ids 0..Count exist.
        int slots = w.Territory.Count + 1;
        Array.Clear(_added, 0, slots);
        Array.Clear(_cut, 0, slots);
        _expandedCount = _consolidatedCount = 0;
        MeasureLosses();
        _actingCount = 0;
        bool anyExpands = false;
        for (int org = 1; org <= w.Territory.Count; org++)
        {
            if (!w.Coordinated[org]) continue; // without a leader there is no network-level planning
            double tolerance = LossTolerance.Tolerance(_anyFlow[org], w.Parameters.Trafficking.LossLimit, _largestValue[org]);
            double losses = LossTolerance.Losses(_losses[org], tolerance);
            var action = LossTolerance.Decide(losses, tolerance);
            if (action == NetworkAction.None) continue; // within tolerance and nothing lost: nothing to cut
            bool expands = action == NetworkAction.Expand;
            (_losses[org], _tolerance[org], _expands[org]) = (losses, tolerance, expands);
            _acting[_actingCount++] = org;
            anyExpands |= expands;
        }
        if (_actingCount == 0) return;
        if (anyExpands)
        {
            MarkActiveNodes();
            w.Territory.PrepareNodesByOrganization(); // read by several threads below
        }
        foreach (var scratch in _scratch) scratch.ExpandedCount = 0;
        for (int k = 0; k < _actingCount; k++) _actOrder[k] = _acting[k];
        if (w.Parallel.Threads > 1)
        {
            // Largest first, so that a big organization does not start last (only scheduling changes): an expansion
            // reads the organization's nodes, a consolidation its active edges.
            for (int k = 0; k < _actingCount; k++)
            {
                int org = _acting[k];
                _actWork[k] = -(_expands[org] ? w.Territory.NodesOf(org).Length : _activeStart[org + 1] - _activeStart[org]);
            }
            _actWork.AsSpan(0, _actingCount).Sort(_actOrder.AsSpan(0, _actingCount));
        }
        w.Parallel.ForEach(_actingCount, _act);
        foreach (var scratch in _scratch) w.RoutePref.Commit(scratch.Changes);
        for (int k = 0; k < _actingCount; k++)
        {
            int org = _acting[k];
            _grouped.AsSpan(_activeStart[org], _cut[org]).CopyTo(_consolidated.AsSpan(_consolidatedCount));
            _consolidatedCount += _cut[org];
            if (_added[org] == 0) continue;
            _scratch[_expandedWorker[org]].Expanded.AsSpan(_expandedAt[org], _added[org]).CopyTo(_expanded.AsSpan(_expandedCount));
            _expandedCount += _added[org];
        }
    }

    /// <summary>Organization _actOrder[block] expands or consolidates, with the scratch of the thread that runs it.</summary>
    private sealed class ActOrganization(NetworkAgent a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            int org = a._actOrder[block];
            if (a._expands[org]) a.Expand(org, a._losses[org], a._tolerance[org], worker);
            else a.Consolidate(org, a._losses[org], a._tolerance[org], a._scratch[worker].Changes);
        }
    }

    /// <summary>
    /// R10 for every organization: L = Σ seized kg · margin over seized edges; T = losslim · max over edges with
    /// unseized flow of flow · margin. The month's active edges are first grouped by organization (edge-id order
    /// within each, also what consolidation reads); then each organization sums its own group, on any thread,
    /// in the order a pass over the edges would. Acting changes only routepref, so measuring all organizations
    /// before any acts is the same as measuring each just before it acts.
    /// </summary>
    private void MeasureLosses()
    {
        var w = _w;
        var active = w.Activity.ThisMonth; // the edges with flow or a seizure, in edge-id order
        int slots = w.Territory.Count + 1;
        _activeTotal = active.Length;
        _grouping.ByKey(w.Parallel, w.Activity.ThisMonthArray, active.Length, w.Territory.EdgeOrg, slots, _activeStart, _grouped);
        // Few active edges: measured on this thread, as waking the others would cost more (same result).
        (active.Length < BlockRunner.ElementwiseBlockSize ? BlockRunner.Sequential : w.Parallel).ForEach(slots, _measure);
    }

    /// <summary>Losses, the largest unseized flow value and whether any flow, of organization <c>block</c> (0 owns no edges).</summary>
    private sealed class MeasureOrganization(NetworkAgent a) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var w = a._w;
            var routes = w.Routes;
            int org = block;
            double losses = 0, largest = 0;
            bool anyFlow = false;
            for (int i = a._activeStart[org]; i < a._activeStart[org + 1]; i++)
            {
                int e = a._grouped[i];
                double flow = w.Flow[e], seized = w.Seized[e];
                double margin = LossTolerance.Margin(routes.AddedValue(e), w.EffectiveCost(e));
                if (seized > 0) losses += seized * margin;
                if (flow > 0)
                {
                    anyFlow = true;
                    largest = Math.Max(largest, flow * margin);
                }
            }
            a._losses[org] = losses;
            a._largestValue[org] = largest;
            a._anyFlow[org] = anyFlow;
        }
    }

    private static bool IsActive(TraffickingWorld w, int e) => w.Flow[e] > 0 || w.Seized[e] > 0;

    /// <summary>
    /// R11: cut the round(n·L/(L+T)) riskiest active edges (at most n−1), sparing the safest primary corridor.
    /// The cut edges end at the head of the organization's group in _grouped, in the order they were cut.
    /// </summary>
    private void Consolidate(int org, double losses, double tolerance, RoutePreferences.Changes changes)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        // The organization's active edges, in edge-id order (grouped by MeasureLosses).
        var active = _grouped.AsSpan(_activeStart[org], _activeStart[org + 1] - _activeStart[org]);
        int n = active.Length;
        if (n == 0) return;
        int nCut = NetworkConsolidation.CutCount(n, losses, tolerance);
        if (nCut <= 0) return;

        // Protected: the lowest-risk active source edge (ties: larger flow, then first) and the edges leaving its node.
        int primary = -1;
        foreach (int e in active)
        {
            if (g.Source(e) != routes.Source) continue;
            if (primary < 0 || NetworkConsolidation.IsSaferPrimary(w.PerceivedRisk[e], w.Flow[e], w.PerceivedRisk[primary], w.Flow[primary])) primary = e;
        }
        Selection.SortSmallest(active, nCut, new ByValueDescendingThenReceiver(w.PerceivedRisk, g)); // only the riskiest nCut are read
        int protectedNode = primary >= 0 ? g.Target(primary) : -1;
        for (int i = 0; i < nCut; i++)
        {
            int e = active[i];
            if (NetworkConsolidation.IsProtected(e, g.Source(e), primary, protectedNode)) continue; // protected edges shrink the cut
            w.RoutePref.Set(e, 0, changes);
            _cutNow[e] = true;
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
                if (w.Territory.EdgeOrg[e] == org) w.RoutePref.Set(e, 0, changes);
        }
        int cut = 0;
        for (int i = 0; i < nCut; i++)
        {
            int e = active[i];
            if (!_cutNow[e]) continue;
            _cutNow[e] = false;
            active[cut++] = e; // i ≥ cut: entries not yet read are not overwritten
        }
        _cut[org] = cut;
    }

    /// <summary>R12: add min(max(ceil(L/T), 1), expandmax, idle) new nodes, best price gain minus cost first.</summary>
    private void Expand(int org, double losses, double tolerance, int worker)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        var scratch = _scratch[worker];
        int expandMax = w.ExpansionCap[org]; // expandmax, limited by financiers in place
        int nAdd = NetworkExpansion.NodesToAdd(losses, tolerance, expandMax);
        if (nAdd <= 0) return;
        var candidates = GatherCandidates(org, scratch, out int idle);
        nAdd = NetworkExpansion.Limit(nAdd, idle);
        if (nAdd <= 0) return;
        if (scratch.Expanded.Length < scratch.ExpandedCount + nAdd)
            Array.Resize(ref scratch.Expanded, Math.Max(scratch.ExpandedCount + nAdd, 2 * scratch.Expanded.Length));
        var expanded = scratch.Expanded;
        int first = scratch.ExpandedCount;

        // Best gain first (a total order), distinct receivers. Only the head of the order is read, so it is
        // sorted a chunk at a time (quickselect, then sort the chunk) instead of whole.
        var byGain = new ByGainDescending(routes.Price, w, g);
        int added = 0, sorted = 0;
        while (added < nAdd && sorted < candidates.Length)
        {
            var rest = candidates[sorted..];
            int chunk = Math.Min(rest.Length, 2 * (nAdd - added));
            Selection.SortSmallest(rest, chunk, byGain);
            foreach (int e in rest[..chunk])
            {
                if (added == nAdd) break;
                int v = g.Target(e);
                if (_nodeTaken[v]) continue; // distinct receivers
                _nodeTaken[v] = true;
                w.RoutePref.Set(e, 1, scratch.Changes);
                expanded[first + added] = e;
                for (int f = g.OutStart(v); f < g.OutEnd(v); f++)
                {
                    int t = g.Target(f);
                    if (NetworkExpansion.OpensOnward(t == routes.Market, w.Territory.NodeOrg[t], org)) w.RoutePref.Set(f, 1, scratch.Changes);
                }
                added++;
            }
            sorted += chunk;
        }
        for (int i = first; i < first + added; i++) _nodeTaken[g.Target(expanded[i])] = false;
        scratch.ExpandedCount = first + added;
        (_expandedWorker[org], _expandedAt[org], _added[org]) = (worker, first, added);
    }

    /// <summary>
    /// Once a month, before organizations expand: which nodes touch an active edge (of any organization).
    /// Consolidation and expansion change only routepref, which this does not read.
    /// </summary>
    private void MarkActiveNodes()
    {
        var g = _w.Routes.Graph;
        _activeNodes.Clear(); // last month's marks
        foreach (int e in _grouped.AsSpan(0, _activeTotal))
        {
            _activeNodes.Add(g.Source(e));
            _activeNodes.Add(g.Target(e));
        }
    }

    /// <summary>The most candidates <see cref="GatherCandidates"/> can write for any organization of the starting territory.</summary>
    private int LargestCandidateBound()
    {
        var g = _w.Routes.Graph;
        var bound = new long[_w.Territory.Capacity + 1];
        var (start, end) = _w.Routes.Transit;
        for (int v = start; v < end; v++) bound[_w.Territory.NodeOrg[v]] += Math.Max(1, g.OutDegree(v));
        return (int)Math.Max(1, bound.Max());
    }

    /// <summary>
    /// R12's candidate edges of <paramref name="org"/>, into its idle transit nodes (those no active edge
    /// touches), in edge-id order: the source's edges to them (the lowest ids, in node order), then the edges
    /// of the organization's active nodes to them, in node order. Written to the thread's candidate buffer.
    /// </summary>
    private Span<int> GatherCandidates(int org, WorkerScratch scratch, out int idle)
    {
        var w = _w;
        var routes = w.Routes;
        var g = routes.Graph;
        var nodes = w.Territory.NodesOf(org); // in node order
        int bound = 0; // room needed: one source edge per idle node, every out-edge of an active node
        foreach (int v in nodes) bound += _activeNodes.Contains(v) ? g.OutDegree(v) : 1;
        // (never more than LargestCandidateBound's max(1, out-degree) per node, unless the territory grew)
        if (scratch.Candidates.Length < bound) scratch.Candidates = new int[Math.Max(bound, 2 * scratch.Candidates.Length)];
        var candidates = scratch.Candidates;
        int at = 0;
        idle = 0;
        foreach (int v in nodes)
        {
            if (_activeNodes.Contains(v)) continue;
            idle++;
            // R16 links the source to every transit node, in node order: edge OutStart(source) + v − 1.
            int e = _sourceToEvery ? g.OutStart(routes.Source) + v - 1 : g.FindEdge(routes.Source, v);
            if (e >= 0) candidates[at++] = e;
        }
        foreach (int u in nodes)
        {
            if (!_activeNodes.Contains(u)) continue; // a non-source sender must be active and of the receiver's organization
            for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
            {
                int v = g.Target(e);
                if (v != routes.Market && !_activeNodes.Contains(v) && w.Territory.NodeOrg[v] == org) candidates[at++] = e;
            }
        }
        return candidates.AsSpan(0, at);
    }

    /// <summary>Price gain minus this month's cost, descending; ties by receiver, then sender index (R12).</summary>
    private readonly struct ByGainDescending(double[] price, TraffickingWorld w, CsrGraph g) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            double ga = NetworkExpansion.Gain(price[g.Target(a)], price[g.Source(a)], w.EffectiveCost(a));
            double gb = NetworkExpansion.Gain(price[g.Target(b)], price[g.Source(b)], w.EffectiveCost(b));
            int c = gb.CompareTo(ga);
            if (c != 0) return c;
            c = g.Target(a).CompareTo(g.Target(b));
            return c != 0 ? c : g.Source(a).CompareTo(g.Source(b));
        }
    }
}
