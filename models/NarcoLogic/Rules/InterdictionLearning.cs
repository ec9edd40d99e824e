using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R9, the interdiction agent's learning after each month (Magliocca et al. 2019, SI, "Interdiction agent"; NarcoLogic
/// 2018 code; docs/model.md): SLPROB of a targeted edge moves toward whether the event seized anything, and the
/// capacity moves toward the seizure target, between sl_min and sl_max.
/// </summary>
public static class InterdictionLearning
{
    /// <summary>R9: SLPROB ← (1 − λ)·SLPROB + λ·1[seized &gt; 0] on a targeted edge.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NextSlProb(double slprob, bool hit, double learn) => (1 - learn) * slprob + learn * (hit ? 1 : 0);

    /// <summary>
    /// R9: C ← clamp(ceil(C·(1 + λ·(seized / (targetseize·source outflow) − 1))), sl_min, sl_max); unchanged in a
    /// month when nothing left the source.
    /// </summary>
    public static int NextCapacity(int capacity, double seizedKg, double sourceOutflowKg, double targetSeize, double learn, int min, int max)
    {
        if (!(sourceOutflowKg > 0)) return capacity;
        double ratio = seizedKg / (targetSeize * sourceOutflowKg);
        double next = Math.Ceiling(capacity * (1 + learn * (ratio - 1)));
        return (int)Math.Clamp(next, min, max);
    }
}
