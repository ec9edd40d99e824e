using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// The transit nodes that hold stock (Stock ≠ 0), so that shipping and the month's stock-in-transit sum visit
/// those instead of every node: on a 1M-node world about a thousand nodes hold stock in a month, and the two
/// passes over every node were most of the month. Between months the list holds exactly the nodes with
/// stock; during shipping a node is "listed" while it is in the list, in a shipper's queue or in its kept list.
/// </summary>
public sealed class StockedNodes
{
    private readonly bool[] _listed;
    private readonly int[] _nodes, _grouped, _start, _sortScratch, _sortCounts;
    private int _count, _groupedOrganizations;

    public StockedNodes(int nodes, int organizationSlots)
    {
        _listed = new bool[nodes];
        _nodes = new int[nodes];
        _grouped = new int[nodes];
        _start = new int[organizationSlots + 1];
        _sortScratch = new int[nodes];
        _sortCounts = IdSort.NewCounts();
    }

    /// <summary>The listed nodes, in no particular order (see <see cref="SortById"/>).</summary>
    public ReadOnlySpan<int> Nodes => _nodes.AsSpan(0, _count);

    /// <summary>Lists <paramref name="node"/> unless it is listed (one thread at a time).</summary>
    public void Add(int node)
    {
        if (TryMark(node)) _nodes[_count++] = node;
    }

    /// <summary>Marks <paramref name="node"/> listed and returns true, or false if it was: for a shipper that keeps it in its own queue.
    /// Safe on several threads when each node is marked by one thread only (a node's organization ships on one thread).</summary>
    public bool TryMark(int node)
    {
        if (_listed[node]) return false;
        _listed[node] = true;
        return true;
    }

    /// <summary>A node that shipped all its stock is no longer listed.</summary>
    public void Unmark(int node) => _listed[node] = false;

    /// <summary>Sets whether <paramref name="node"/> is listed (a shipper that passed over all its organization's nodes).</summary>
    public void SetListed(int node, bool listed) => _listed[node] = listed;

    /// <summary>
    /// Groups the list by organization (<paramref name="nodeOrg"/>, ids 1..<paramref name="organizations"/>) for
    /// <see cref="OfOrganization"/>, and empties it: the shippers hand back the nodes still holding stock with
    /// <see cref="Append"/>.
    /// </summary>
    public void TakeByOrganization(int[] nodeOrg, int organizations)
    {
        Grouping.ByKey(_nodes.AsSpan(0, _count), nodeOrg, _start.AsSpan(0, organizations + 2), _grouped);
        _groupedOrganizations = organizations;
        _count = 0;
    }

    /// <summary>The nodes of <paramref name="org"/> that were listed when <see cref="TakeByOrganization"/> ran.</summary>
    public ReadOnlySpan<int> OfOrganization(int org) =>
        org > _groupedOrganizations ? [] : _grouped.AsSpan(_start[org], _start[org + 1] - _start[org]);

    /// <summary>Lists nodes that are already marked (a shipper's kept nodes).</summary>
    public void Append(ReadOnlySpan<int> nodes)
    {
        nodes.CopyTo(_nodes.AsSpan(_count));
        _count += nodes.Length;
    }

    /// <summary>
    /// Lists exactly the transit nodes 1..<paramref name="market"/>−1 whose <paramref name="stock"/> is not zero:
    /// for stock set from outside the node agents (a benchmark restoring a snapshot). A pass over every node.
    /// </summary>
    public void Rebuild(double[] stock, int market)
    {
        foreach (int v in Nodes) _listed[v] = false;
        _count = 0;
        for (int v = 1; v < market; v++)
            if (stock[v] != 0) Add(v);
    }

    /// <summary>Puts the list in node-id order (for sums that must follow it).</summary>
    public void SortById() => IdSort.Sort(_nodes.AsSpan(0, _count), _sortScratch, _sortCounts, _nodes.Length);
}
