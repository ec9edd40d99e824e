using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R10 (losses and tolerance), R11 (consolidate) and R12 (expand) by hand (docs/model.md §7.11).</summary>
public class NetworkRuleTests
{
    [Fact]
    public void MarginIsPriceGainLessCostNeverNegative()
    {
        Assert.Equal(700, LossTolerance.Margin(1000, 300));
        Assert.Equal(0, LossTolerance.Margin(100, 300));
    }

    [Fact]
    public void ToleranceIsLossLimitTimesTheLargestFlowValueOrZeroWithoutFlow()
    {
        Assert.Equal(50, LossTolerance.Tolerance(anyFlow: true, lossLimit: 0.1, largestFlowValue: 500), 12);
        Assert.Equal(0, LossTolerance.Tolerance(anyFlow: false, lossLimit: 0.1, largestFlowValue: 500));
    }

    [Fact]
    public void NoLossesAndNoToleranceCountAsATenthAndExpand()
    {
        Assert.Equal(0.1, LossTolerance.Losses(0, 0));
        Assert.Equal(0, LossTolerance.Losses(0, 5));
        Assert.Equal(3, LossTolerance.Losses(3, 0));
        Assert.Equal(NetworkAction.Expand, LossTolerance.Decide(LossTolerance.Losses(0, 0), 0));
    }

    [Theory]
    [InlineData(6, 5, NetworkAction.Expand)]
    [InlineData(3, 0, NetworkAction.Expand)]
    [InlineData(3, 5, NetworkAction.Consolidate)]
    [InlineData(5, 5, NetworkAction.Consolidate)]
    [InlineData(0, 5, NetworkAction.None)]
    public void BeyondToleranceExpandsWithinItConsolidatesWithoutLossNothing(double losses, double tolerance, NetworkAction action) =>
        Assert.Equal(action, LossTolerance.Decide(losses, tolerance));

    [Theory]
    [InlineData(10, 1, 3, 3)] // 10 · 1/4 = 2.5 → 3 (half up)
    [InlineData(4, 1, 7, 1)]  // 0.5 → 1
    [InlineData(2, 1, 4, 0)]  // 0.4 → 0
    [InlineData(5, 9, 1, 4)]  // 4.5 → 5, at most n − 1
    [InlineData(1, 1, 1, 0)]  // never the last active edge
    public void CutCountRoundsHalfUpAndKeepsOneEdge(int active, double losses, double tolerance, int cut) =>
        Assert.Equal(cut, NetworkConsolidation.CutCount(active, losses, tolerance));

    [Fact]
    public void PrimaryIsTheLowestRiskSourceEdgeTiesLargerFlow()
    {
        Assert.True(NetworkConsolidation.IsSaferPrimary(0.1, 5, 0.2, 100));
        Assert.False(NetworkConsolidation.IsSaferPrimary(0.2, 500, 0.1, 1));
        Assert.True(NetworkConsolidation.IsSaferPrimary(0.1, 6, 0.1, 5));
        Assert.False(NetworkConsolidation.IsSaferPrimary(0.1, 5, 0.1, 5)); // the first stays
    }

    [Fact]
    public void ThePrimaryAndTheEdgesLeavingItsNodeAreProtected()
    {
        Assert.True(NetworkConsolidation.IsProtected(edge: 7, sender: 3, primary: 7, protectedNode: 9));
        Assert.True(NetworkConsolidation.IsProtected(edge: 8, sender: 9, primary: 7, protectedNode: 9));
        Assert.False(NetworkConsolidation.IsProtected(edge: 8, sender: 3, primary: 7, protectedNode: 9));
        Assert.False(NetworkConsolidation.IsProtected(edge: 8, sender: 3, primary: -1, protectedNode: -1));
    }

    [Theory]
    [InlineData(10, 3, 8, 4)]   // ceil(3.33)
    [InlineData(1, 3, 8, 1)]    // ceil(0.33)
    [InlineData(100, 3, 8, 8)]  // at most expandmax
    [InlineData(5, 0, 8, 8)]    // T = 0: expandmax
    [InlineData(10, 3, 0, 0)]   // no financiers, no expansion
    public void NodesToAddIsCeilLOverTBetweenOneAndExpandMax(double losses, double tolerance, int expandMax, int add) =>
        Assert.Equal(add, NetworkExpansion.NodesToAdd(losses, tolerance, expandMax));

    [Fact]
    public void ExpansionIsLimitedByIdleNodesRankedByGainAndOpensOnward()
    {
        Assert.Equal(2, NetworkExpansion.Limit(4, 2));
        Assert.Equal(4, NetworkExpansion.Limit(4, 9));
        Assert.Equal(400, NetworkExpansion.Gain(receiverPrice: 5000, senderPrice: 4500, cost: 100));
        Assert.True(NetworkExpansion.OpensOnward(toMarket: true, receiverOrg: 0, org: 1));
        Assert.True(NetworkExpansion.OpensOnward(toMarket: false, receiverOrg: 1, org: 1));
        Assert.False(NetworkExpansion.OpensOnward(toMarket: false, receiverOrg: 2, org: 1));
    }
}
