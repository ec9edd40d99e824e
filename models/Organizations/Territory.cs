using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Models.Landscape;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Which organization holds each transit node and edge, during a run. Starts from the landscape's
/// coast-side split (R18) and changes when an organization splits after losing its leader
/// (docs/model.md, "Organizations"). An edge belongs to its transit end's organization: the receiver for
/// source edges, the sender otherwise.
/// </summary>
public sealed class Territory
{
    private readonly RouteGraph _routes;

    public Territory(RouteGraph routes, int capacity)
    {
        _routes = routes;
        NodeOrg = (int[])routes.NodeOrganization.Clone();
        EdgeOrg = (int[])routes.EdgeOrganization.Clone();
        Count = routes.Organizations;
        Capacity = Math.Max(capacity, Count);
    }

    /// <summary>Organization per node (0 for source and market).</summary>
    public int[] NodeOrg { get; }

    /// <summary>Organization per edge.</summary>
    public int[] EdgeOrg { get; }

    /// <summary>Organizations ever created; ids are 1..Count.</summary>
    public int Count { get; private set; }

    /// <summary>The most organizations a run can hold (arrays indexed by organization are this size + 1).</summary>
    public int Capacity { get; }

    /// <summary>True when the edge lies within one organization's territory or leads to the market (R5, R16).</summary>
    public bool IsWithin(int edge)
    {
        var g = _routes.Graph;
        int u = g.Source(edge), v = g.Target(edge);
        if (u == _routes.Source || v == _routes.Market) return true;
        return NodeOrg[u] == NodeOrg[v];
    }

    /// <summary>Changes whenever an organization is created or a node changes hands (for cached groupings).</summary>
    public int Version { get; private set; }

    private int[] _orgStart = [], _nodesByOrg = []; // transit nodes grouped by organization, index order within
    private int[] _transitNodes = [];                // 1 .. market − 1, the items grouped
    private int _groupedVersion = -1;

    /// <summary>
    /// The transit nodes of <paramref name="org"/>, in index order. Regrouped (a counting sort) after the
    /// territory changes; call <see cref="PrepareNodesByOrganization"/> before reading from several threads.
    /// </summary>
    public ReadOnlySpan<int> NodesOf(int org)
    {
        PrepareNodesByOrganization();
        return _nodesByOrg.AsSpan(_orgStart[org], _orgStart[org + 1] - _orgStart[org]);
    }

    /// <summary>Brings the grouping of <see cref="NodesOf"/> up to date (allocates only when organizations were added).</summary>
    public void PrepareNodesByOrganization()
    {
        if (_groupedVersion == Version) return;
        _groupedVersion = Version;
        if (_orgStart.Length < Count + 2) _orgStart = new int[Capacity + 2];
        if (_transitNodes.Length == 0)
        {
            _transitNodes = Enumerable.Range(1, Math.Max(0, _routes.Market - 1)).ToArray();
            _nodesByOrg = new int[_transitNodes.Length];
        }
        Grouping.ByKey(_transitNodes, NodeOrg, _orgStart.AsSpan(0, Count + 2), _nodesByOrg);
    }

    /// <summary>A new organization id.</summary>
    public int NewOrganization()
    {
        if (Count >= Capacity) throw new InvalidOperationException($"more than {Capacity} organizations");
        Version++;
        return ++Count;
    }

    /// <summary>Moves a transit node to another organization, with the edges it owns.</summary>
    public void Reassign(int node, int org)
    {
        var g = _routes.Graph;
        Version++;
        NodeOrg[node] = org;
        for (int e = g.OutStart(node); e < g.OutEnd(node); e++) EdgeOrg[e] = org;
        foreach (int e in g.InEdges(node))
            if (g.Source(e) == _routes.Source) EdgeOrg[e] = org;
    }
}
