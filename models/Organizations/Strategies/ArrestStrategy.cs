namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// An arrest strategy ranks the members the investigative agency may target this month. Higher score =
/// targeted first; members it does not consider return <see cref="double.NegativeInfinity"/>. Ties go to
/// the lower member id, so rankings are deterministic.
/// </summary>
public interface IArrestStrategy
{
    string Name { get; }
    double Score(TargetingContext context, int member);
}

/// <summary>What a strategy may look at: the member graph as it stands this month and its measures.</summary>
public sealed class TargetingContext(CriminalNetwork network, ulong seed, int run, double[] replaceMonths)
{
    private readonly bool[] _present = new bool[network.Count];
    private readonly MeasureBuffers _buffers = new(network.Count); // the measures' arrays, reused every month
    private int[]? _degrees;
    private double[]? _betweenness;
    private int[]? _roleCounts;
    private int[]? _roleCountsBuffer, _countsByOrgRole;

    public CriminalNetwork Network { get; } = network;
    public ulong Seed { get; } = seed;
    public int Run { get; } = run;
    public int Tick { get; private set; }

    /// <summary>Base replacement months per role (index = (int)Role), the role's scarcity in Sparrow's sense.</summary>
    public double[] ReplaceMonths { get; } = replaceMonths;

    /// <summary>Starts a new month: measures are recomputed on first use.</summary>
    public void Begin(int tick)
    {
        Tick = tick;
        _degrees = null;
        _betweenness = null;
        _roleCounts = null;
        Network.FillPresent(_present);
    }

    public int Degree(int m) => (_degrees ??= NetworkMeasures.Degrees(Network.Ties, _present, _buffers))[m];

    public double Betweenness(int m) => (_betweenness ??= NetworkMeasures.Betweenness(Network.Ties, _present, _buffers))[m];

    /// <summary>Members present with the same role in the same organization, the member included.</summary>
    public int SameRolePresent(int m)
    {
        if (_roleCounts is null)
        {
            // Counts per (organization, role) in a flat array, reused month to month.
            int roles = Roles.All.Length;
            _roleCounts = _roleCountsBuffer ??= new int[Network.Count];
            var counts = _countsByOrgRole ??= new int[Network.LeaderSlot.Length * roles];
            Array.Clear(counts);
            for (int i = 0; i < Network.Count; i++)
                if (_present[i]) counts[Network.Org[i] * roles + (int)Network.Role[i]]++;
            for (int i = 0; i < Network.Count; i++) _roleCounts[i] = counts[Network.Org[i] * roles + (int)Network.Role[i]];
        }
        return _roleCounts[m];
    }
}

/// <summary>The strategy of each <see cref="ArrestStrategyName"/> (targeting.arrest_strategy).</summary>
public static class ArrestStrategies
{
    public static IArrestStrategy? Create(ArrestStrategyName name) => name switch
    {
        ArrestStrategyName.None => null,
        ArrestStrategyName.Random => new RandomArrests(),
        ArrestStrategyName.Kingpin => new KingpinArrests(),
        ArrestStrategyName.MiddleLayer => new MiddleLayerArrests(),
        ArrestStrategyName.Utility => new UtilityArrests(),
        ArrestStrategyName.Financial => new FinancialArrests(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown arrest strategy"),
    };
}
