using TraffickingAbm.Models.NarcoLogic.Rules;

namespace TraffickingAbm.Models.Tests.Rules;

/// <summary>R9 by hand: SLPROB learning and the capacity's move toward the seizure target.</summary>
public class InterdictionLearningTests
{
    [Fact]
    public void SlProbMovesTowardWhetherTheEventSeized()
    {
        Assert.Equal(0.5 * 0.2 + 0.5, InterdictionLearning.NextSlProb(0.2, hit: true, learn: 0.5));
        Assert.Equal(0.5 * 0.2, InterdictionLearning.NextSlProb(0.2, hit: false, learn: 0.5));
        Assert.Equal(0.3, InterdictionLearning.NextSlProb(0.3, hit: true, learn: 0));
    }

    [Fact]
    public void CapacityMovesTowardTheTargetWithinItsBounds()
    {
        // Seized twice the target: C·(1 + 0.5·(2 − 1)) = 1.5·C, rounded up.
        Assert.Equal(29, InterdictionLearning.NextCapacity(19, seizedKg: 40, sourceOutflowKg: 100, targetSeize: 0.2, learn: 0.5, min: 19, max: 113));
        // Nothing seized: C·(1 − λ) would fall below sl_min, so sl_min.
        Assert.Equal(19, InterdictionLearning.NextCapacity(19, 0, 100, 0.2, 0.5, 19, 113));
        // Far above target: clamped at sl_max.
        Assert.Equal(113, InterdictionLearning.NextCapacity(100, 100, 100, 0.01, 0.5, 19, 113));
        // No source outflow: unchanged.
        Assert.Equal(57, InterdictionLearning.NextCapacity(57, 0, 0, 0.2, 0.5, 19, 113));
    }
}
