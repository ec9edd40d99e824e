using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R1 by hand: the Beta-style estimate over the event window (docs/model.md §7.7).</summary>
public class PerceivedRiskTests
{
    [Fact]
    public void EstimateIsEventsPlusAlphaOverWindowPlusAlphaPlusBeta()
    {
        Assert.Equal(2 / 15.5, PerceivedRisk.Estimate(0, alpha: 2, beta: 0.5, window: 13));
        Assert.Equal(7 / 15.5, PerceivedRisk.Estimate(5, 2, 0.5, 13));
        Assert.Equal(15 / 15.5, PerceivedRisk.Estimate(13, 2, 0.5, 13));
        Assert.Equal(1 / 13.5, PerceivedRisk.Initial(window: 13, beta: 0.5));
    }

    [Fact]
    public void OlderMonthsWeighLessUnderATimeWeightBelowOne()
    {
        Assert.Equal(Math.Pow(0.5, 12), PerceivedRisk.MonthWeight(0.5, window: 13, monthsAgo: 0));
        Assert.Equal(1, PerceivedRisk.MonthWeight(0.5, 13, monthsAgo: 12));
        Assert.Equal(0.25, PerceivedRisk.MonthWeight(0.5, 3, monthsAgo: 0));
    }

    [Fact]
    public void WeightedEventsSumsTheWeightsOfTheEventMonths()
    {
        double[] weights = [1, 2, 4];
        Assert.Equal(0, PerceivedRisk.WeightedEvents(0, weights));
        Assert.Equal(5, PerceivedRisk.WeightedEvents(0b101, weights)); // this month and two months ago
        Assert.Equal(2, PerceivedRisk.WeightedEvents(0b010, weights));
        Assert.Equal(13, PerceivedRisk.WeightedEvents((1UL << 13) - 1, Enumerable.Repeat(1.0, 13).ToArray()));
    }
}
