using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R7 by hand: pressure, factor update and the cost it gives (docs/model.md §7.10).</summary>
public class RiskPremiumRuleTests
{
    [Fact]
    public void PressureIsTheRiskRatioToThePower()
    {
        Assert.Equal(4, RiskPremiumRule.Pressure(0.8, 0.4, 2));
        Assert.Equal(0.25, RiskPremiumRule.Pressure(0.2, 0.4, 2));
        Assert.Equal(8, RiskPremiumRule.Pressure(0.8, 0.4, 3), 12);
        Assert.Equal(1, RiskPremiumRule.Pressure(0.3, 0.4, 0));
    }

    [Fact]
    public void FactorMovesTowardThePressureButNeverBelowOne()
    {
        Assert.Equal(2.5, RiskPremiumRule.NextFactor(factor: 1, pressure: 4, rtLearn: 0.5));
        Assert.Equal(3.25, RiskPremiumRule.NextFactor(2.5, 4, 0.5));
        Assert.Equal(1, RiskPremiumRule.NextFactor(1, 0.25, 0.655)); // 0.345 + 0.16375 < 1
        Assert.Equal(1.5, RiskPremiumRule.NextFactor(2, 1, 0.5));
    }

    [Fact]
    public void CompoundingMultipliesTheCostLevelTheBaseCostBothClamped()
    {
        Assert.Equal(600, RiskPremiumRule.NextCost(compounding: true, cost: 300, baseCost: 100, factor: 2));
        Assert.Equal(200, RiskPremiumRule.NextCost(compounding: false, cost: 300, baseCost: 100, factor: 2));
        Assert.Equal(100 * RiskPremiumRule.MaxMultiplier, RiskPremiumRule.NextCost(true, 5e10, 100, 10));
    }

    [Theory]
    [InlineData(0.4017, 2, 0.655)]
    [InlineData(0.4017, 1.5, 0.655)]
    [InlineData(0.2, 0, 0.3)]
    public void TheLoopsStepIsThePressureThenTheFactorUpdateBitForBit(double baseRisk, double exponent, double rtLearn)
    {
        var step = new RiskPremiumStep(baseRisk, exponent, rtLearn);
        foreach (double factor in new[] { 1, 1.7, 12.5 })
            for (double risk = 0; risk <= 1; risk += 0.0625)
                Assert.Equal(RiskPremiumRule.NextFactor(factor, RiskPremiumRule.Pressure(risk, baseRisk, exponent), rtLearn), step.NextFactor(factor, risk));
    }
}
