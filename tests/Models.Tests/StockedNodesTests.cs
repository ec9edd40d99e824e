using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Tests;

public class StockedNodesTests
{
    [Fact]
    public void ListsEachNodeOnceAndRebuildsFromStock()
    {
        var list = new StockedNodes(10, 3);
        list.Add(4);
        list.Add(2);
        list.Add(4); // already listed
        Assert.Equal([4, 2], list.Nodes.ToArray());
        list.SortById();
        Assert.Equal([2, 4], list.Nodes.ToArray());

        var stock = new double[10];
        stock[0] = 5;   // the source is not a transit node
        stock[3] = 1e-12;
        stock[7] = 2;
        stock[9] = 8;   // nor is the market (node 9 of 10)
        list.Rebuild(stock, 9);
        Assert.Equal([3, 7], list.Nodes.ToArray());
        list.Add(2);    // node 2 was unlisted by the rebuild, so it can be listed again
        list.Add(7);
        Assert.Equal([3, 7, 2], list.Nodes.ToArray());
    }

    [Fact]
    public void GroupsByOrganizationAndTakesTheList()
    {
        var list = new StockedNodes(8, 3);
        var nodeOrg = new[] { 0, 2, 1, 2, 1, 1, 2, 0 };
        foreach (int v in new[] { 6, 1, 4, 2 }) list.Add(v);
        list.TakeByOrganization(nodeOrg, 2);
        Assert.Equal([4, 2], list.OfOrganization(1).ToArray()); // list order within an organization
        Assert.Equal([6, 1], list.OfOrganization(2).ToArray());
        Assert.True(list.OfOrganization(3).IsEmpty);          // created after the grouping
        Assert.Equal(0, list.Nodes.Length);                    // handed to the shippers
        list.Append([4, 6]);
        Assert.Equal([4, 6], list.Nodes.ToArray());
    }
}
