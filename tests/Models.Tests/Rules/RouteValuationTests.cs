using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R2 by hand: payoffs, salience and the salience-weighted value (docs/model.md §7.8).</summary>
public class RouteValuationTests
{
    [Fact]
    public void TrialQuantityIsTheEvenShareCappedByCapacity()
    {
        Assert.Equal(30, RouteValuation.TrialQuantity(50, 30));
        Assert.Equal(20, RouteValuation.TrialQuantity(20, 30));
    }

    [Fact]
    public void PayoffsArePriceGainLessCostOrTheLostCost()
    {
        Assert.Equal(2400, RouteValuation.PayoffNoEvent(priceGain: 1000, cost: 200, quantityKg: 3));
        Assert.Equal(-600, RouteValuation.PayoffEvent(cost: 200, quantityKg: 3));
    }

    [Fact]
    public void SalienceIsTheRelativeDistanceToTheOthersMean()
    {
        Assert.Equal(20.0 / 41, RouteValuation.Salience(payoff: 10, othersMean: 30));
        Assert.Equal(0, RouteValuation.Salience(-5, -5));
    }

    [Fact]
    public void TheStateWhereTheCandidateStandsOutIsSalient()
    {
        // A (100, −10) and B (100, −50): no-event payoffs equal (σ 0), event payoffs differ (σ 40/61).
        Assert.True(RouteValuation.EventIsSalient(100, -10, 2, sumNoEvent: 200, sumEvent: -60));
        // B (10, −50) against A (100, −10): σ_no = 90/111 > σ_ev = 40/61.
        Assert.False(RouteValuation.EventIsSalient(10, -50, 2, sumNoEvent: 110, sumEvent: -60));
        // A tie and a lone candidate make "no event" salient.
        Assert.False(RouteValuation.EventIsSalient(100, -10, 2, 200, -20));
        Assert.False(RouteValuation.EventIsSalient(100, -10, 1, 100, -10));
    }

    [Fact]
    public void ValueWeightsTheSalientStateByDeltaAndTheOtherByDeltaSquared()
    {
        // risk 0.2, δ 0.5. Event salient: (0.2·0.5·−10 + 0.8·0.25·100) / (0.2·0.5 + 0.8·0.25) = 19 / 0.3.
        Assert.Equal(19 / 0.3, RouteValuation.Value(100, -10, 0.2, 0.5, eventSalient: true), 12);
        // "No event" salient: (0.2·0.25·−10 + 0.8·0.5·100) / (0.2·0.25 + 0.8·0.5) = 39.5 / 0.45.
        Assert.Equal(39.5 / 0.45, RouteValuation.Value(100, -10, 0.2, 0.5, eventSalient: false), 12);
        // δ = 1 is a rational agent: the plain expected payoff 0.2·−10 + 0.8·100.
        Assert.Equal(78, RouteValuation.Value(100, -10, 0.2, 1, eventSalient: true), 12);
        Assert.Equal(78, RouteValuation.Value(100, -10, 0.2, 1, eventSalient: false), 12);
    }

    [Fact]
    public void SalientValueCombinesTheTwoSteps()
    {
        Assert.Equal(19 / 0.3, RouteValuation.SalientValue(100, -10, 0.2, 0.5, 2, 200, -60), 12);
        Assert.Equal(39.5 / 0.45, RouteValuation.SalientValue(100, -10, 0.2, 0.5, 1, 100, -10), 12);
    }
}
