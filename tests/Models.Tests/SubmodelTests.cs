using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>Supply (R14), risk perception (R1) and the interdiction agent (R8, R9) in isolation.</summary>
public class SubmodelTests
{
    [Fact]
    public void SupplyFollowsLogisticCurveInWholeYears()
    {
        var p = new SupplyParameters();
        Assert.Equal(200, SupplyCurve.Kg(p, 0), 9);
        Assert.Equal(SupplyCurve.Kg(p, 0), SupplyCurve.Kg(p, 11)); // constant within a year
        // Reference values from the NarcoLogic 2018 parameters: ~8 t at year 5, ~106 t at year 10, ~147 t at year 14.
        Assert.InRange(SupplyCurve.Kg(p, 60), 7_500, 8_500);
        Assert.InRange(SupplyCurve.Kg(p, 120), 100_000, 112_000);
        Assert.InRange(SupplyCurve.Kg(p, 168), 144_000, 150_000);
    }

    [Fact]
    public void RiskEstimatorMatchesBetaPrior()
    {
        var risk = new RiskPerception(new TraffickingParameters());
        Assert.Equal(1 / 13.5, risk.InitialRisk, 12);      // before first use
        Assert.Equal(2 / 15.5, risk.Estimate(0), 12);       // no event in 13 months
        Assert.Equal(3 / 15.5, risk.Estimate(0b1), 12);     // one event this month
        Assert.Equal(7 / 15.5, risk.Estimate(0b1_0000_0000_1111), 12); // five events
        ulong history = 1UL << 12;
        history = risk.Aged(history);                        // the event leaves the 13-month window
        Assert.Equal(0UL, history);
    }

    [Fact]
    public void TimeWeightDiscountsOlderMonths()
    {
        var risk = new RiskPerception(new TraffickingParameters { TimeWeight = 2, Window = 3 });
        // Window positions 0 (oldest) .. 2 (current) weigh 2^0, 2^1, 2^2.
        Assert.Equal((4 + 2.0) / (3 + 2.5), risk.Estimate(0b001), 12);
        Assert.Equal((1 + 2.0) / (3 + 2.5), risk.Estimate(0b100), 12);
    }

    [Fact]
    public void HazenQuantileMatchesMatlabPrctile()
    {
        // MATLAB prctile([1 2 3 4], 75) = 3.5; zeros are ignored.
        Assert.Equal(3.5, HazenQuantile.OfNonZero([0, 4, 1, 0, 3, 2], 0.75), 12);
        Assert.Equal(2.5, HazenQuantile.OfNonZero([1, 2, 3, 4], 0.5), 12);
        Assert.Equal(1, HazenQuantile.OfNonZero([1, 2, 3, 4], 0.1), 12);
        Assert.True(double.IsPositiveInfinity(HazenQuantile.OfNonZero([0, 0], 0.75)));
    }

    [Theory]
    [InlineData(19, 113)]
    [InlineData(38, 113)]
    [InlineData(5, 10)]
    public void EventsNeverExceedCapacityAndCapacityStaysInBounds(int slMin, int slMax)
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline", [$"interdiction.sl_min={slMin}", $"interdiction.sl_max={slMax}"]), 3);
        int month = 0;
        model.Run(_ =>
        {
            var w = model.World;
            int targeted = w.Targeted.Count(t => t);
            Assert.True(targeted <= w.CapacityThisMonth, $"month {month}: {targeted} events > capacity {w.CapacityThisMonth}");
            Assert.InRange(w.Capacity, slMin, slMax);
            month++;
        });
    }

    [Fact]
    public void NoInterdictionSeizesNothingAndDeliversEverythingShipped()
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("no-interdiction"), 4);
        model.Run();
        Assert.Equal(0, model.Totals.SeizedKg);
        Assert.True(model.Totals.DeliveredKg > 0.99 * model.Totals.ProducedKg);
    }

    [Fact]
    public void InterdictionRevisitsLastMonthsSuccessesFirst()
    {
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline"), 11);
        var w = model.World;
        var previous = new double[w.Routes.EdgeCount];
        int checkedMonths = 0;
        model.Run(_ =>
        {
            // Every edge that seized last month (up to capacity) must be targeted again this month (R8).
            int successes = previous.Count(s => s > 0);
            if (successes > 0 && successes <= w.CapacityThisMonth)
            {
                for (int e = 0; e < previous.Length; e++)
                    if (previous[e] > 0) Assert.True(w.Targeted[e], $"edge {e} seized last month but was not revisited");
                checkedMonths++;
            }
            Array.Copy(w.Seized, previous, previous.Length);
        });
        Assert.True(checkedMonths > 0, "no month had successes to revisit, so the rule was not exercised");
    }
}
