namespace TraffickingAbm.FirstCut.Engine.Random;

/// <summary>SplitMix64-style mixing (Steele et al. 2014) to turn structured coordinates into well-spread keys.</summary>
public static class SeedMixer
{
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Order-sensitive combination of a running key with one more coordinate.</summary>
    public static ulong Combine(ulong key, ulong value) => Mix(key ^ Mix(value + 0x632BE59BD9B4E019UL));
}
