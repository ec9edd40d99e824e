using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R3 (which outlets are kept), R4 (the split) and R5 (which outlets are candidates) by hand.</summary>
public class ShipmentAcceptanceTests
{
    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(0.5, 0.1, true)]
    [InlineData(0, 5, false)]   // not permitted
    [InlineData(1, -3, false)]  // worth less than nothing
    [InlineData(1, 0, false)]
    public void KeptWhenRoutePrefTimesValueIsPositive(double routePref, double value, bool kept) =>
        Assert.Equal(kept, ShipmentAcceptance.IsKept(routePref, value));

    [Fact]
    public void FallbackPrefersLowerRiskThenLargerValueThenLowerEdge()
    {
        Assert.True(ShipmentAcceptance.IsSafer(0.1, 5, 7, 0.2, 100, 1));
        Assert.False(ShipmentAcceptance.IsSafer(0.2, 100, 1, 0.1, 5, 7));
        Assert.True(ShipmentAcceptance.IsSafer(0.1, 6, 9, 0.1, 5, 1));
        Assert.True(ShipmentAcceptance.IsSafer(0.1, 5, 1, 0.1, 5, 9));
        Assert.False(ShipmentAcceptance.IsSafer(0.1, 5, 9, 0.1, 5, 1));
        Assert.False(ShipmentAcceptance.IsSafer(0.1, 5, 4, 0.1, 5, 4));
    }

    [Fact]
    public void SplitWeightIsValueOrOneMinusRiskForKeptOutletsOnly()
    {
        Assert.Equal(0, ShipmentAcceptance.SplitWeight(kept: false, byRisk: false, risk: 0.25, value: 7));
        Assert.Equal(0.75, ShipmentAcceptance.SplitWeight(kept: true, byRisk: true, risk: 0.25, value: 7));
        Assert.Equal(7, ShipmentAcceptance.SplitWeight(kept: true, byRisk: false, risk: 0.25, value: 7));
    }

    [Fact]
    public void AmountIsTheStockShareTimesAccessCappedByCapacity()
    {
        Assert.Equal(75, ShipmentAcceptance.Amount(100, 3, 4, 1, 1e6));
        Assert.Equal(37.5, ShipmentAcceptance.Amount(100, 3, 4, 0.5, 1e6));
        Assert.Equal(20, ShipmentAcceptance.Amount(100, 3, 4, 1, 20));
    }

    [Fact]
    public void ResiduesBelowANanogramStayPut()
    {
        Assert.True(ShipmentAcceptance.IsResidue(1e-10));
        Assert.False(ShipmentAcceptance.IsResidue(1e-9));
        Assert.False(ShipmentAcceptance.IsResidue(3));
    }

    [Fact]
    public void CandidatesArePermittedOpenOutletsAndOnlyTransitNodesFallBack()
    {
        Assert.True(RouteCandidates.IsOutlet(withinTerritory: true, receiverClosed: false));
        Assert.False(RouteCandidates.IsOutlet(withinTerritory: false, receiverClosed: false));
        Assert.False(RouteCandidates.IsOutlet(withinTerritory: true, receiverClosed: true));
        Assert.True(RouteCandidates.IsPermitted(0.5));
        Assert.False(RouteCandidates.IsPermitted(0));
        Assert.True(RouteCandidates.FallsBack(candidates: 0, isSource: false, anyOutlet: true));
        Assert.False(RouteCandidates.FallsBack(candidates: 1, isSource: false, anyOutlet: true));
        Assert.False(RouteCandidates.FallsBack(candidates: 0, isSource: true, anyOutlet: true));
        Assert.False(RouteCandidates.FallsBack(candidates: 0, isSource: false, anyOutlet: false));
    }
}
