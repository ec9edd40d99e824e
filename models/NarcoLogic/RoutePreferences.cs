using TraffickingAbm.Models.Organizations;
namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// Route preference per edge (NarcoLogic's routepref; the edge is permitted for its organization while it is
/// &gt; 0), together with what the output reports about the permitted set each month: how many edges are
/// permitted, per organization, and the sum of their perceived risk (docs/output-schema.md). These figures
/// are kept up to date at every write, so a month costs nothing per edge of the world: on a 1M-node world
/// (10M edges) the monthly pass over every edge that they replace was four fifths of the month.
/// </summary>
/// <remarks>
/// The risk sum is kept in exact fixed point (integer units of 2⁻⁶⁰, in an <see cref="Int128"/>): integer sums
/// do not depend on the order of the changes, so the figure is the same at any thread count and whatever
/// the order in which edges open, close or change risk. Per-organization counts follow the territory: after
/// it changes (a split moves nodes and their edges to a new organization) they are recounted once.
/// </remarks>
public sealed class RoutePreferences
{
    private const double UnitsPerRisk = 1152921504606846976.0; // 2^60: risk ≤ 1, so a 10M-edge sum stays below 2^84

    private readonly double[] _values;
    private readonly ulong[] _permitted; // bit e: routepref[e] > 0
    private readonly double[] _risk;
    private readonly Territory _territory;
    private readonly int[] _byOrganization;
    private int _countedVersion;
    private Int128 _riskUnits;
    private int _permittedCount;

    /// <param name="perceivedRisk">The world's perceived risk per edge; its writers report changes through
    /// <see cref="RiskUnitsChange"/> and <see cref="AddRiskUnits"/>.</param>
    public RoutePreferences(int edges, double[] perceivedRisk, Territory territory)
    {
        _values = new double[edges];
        _permitted = new ulong[(edges + 63) / 64];
        _risk = perceivedRisk;
        _territory = territory;
        _byOrganization = new int[territory.Capacity + 1];
        _countedVersion = territory.Version;
    }

    public int Length => _values.Length;

    /// <summary>The route preference of edge <paramref name="edge"/>; setting it keeps the permitted-set figures.</summary>
    public double this[int edge]
    {
        get => _values[edge];
        set
        {
            int sign = Write(edge, value, concurrent: false);
            if (sign == 0) return;
            _permittedCount += sign;
            _riskUnits += sign * Units(_risk[edge]);
        }
    }

    /// <summary>
    /// Changes that writers on several threads at once have made (<see cref="Set"/>), to be added to the
    /// figures with <see cref="Commit"/> once they are done. One per thread; the figures are integers, so the
    /// totals do not depend on which thread made which change.
    /// </summary>
    public sealed class Changes
    {
        internal int Count;
        internal Int128 RiskUnits;
    }

    /// <summary>
    /// Sets edge <paramref name="edge"/>'s preference from one of several threads writing at once (each edge
    /// written by one thread, nobody reading the figures meanwhile); the count and risk changes go to
    /// <paramref name="changes"/>, the bitset and per-organization counts are updated atomically.
    /// </summary>
    public void Set(int edge, double value, Changes changes)
    {
        int sign = Write(edge, value, concurrent: true);
        if (sign == 0) return;
        changes.Count += sign;
        changes.RiskUnits += sign * Units(_risk[edge]);
    }

    /// <summary>Adds <paramref name="changes"/> to the figures and clears it (after the concurrent writers are done).</summary>
    public void Commit(Changes changes)
    {
        _permittedCount += changes.Count;
        _riskUnits += changes.RiskUnits;
        changes.Count = 0;
        changes.RiskUnits = 0;
    }

    /// <summary>Writes the value, the bit and the organization's count; returns +1 (opened), −1 (closed) or 0.</summary>
    private int Write(int edge, double value, bool concurrent)
    {
        bool was = _values[edge] > 0, now = value > 0;
        _values[edge] = value;
        if (was == now) return 0;
        int sign = now ? 1 : -1;
        ulong bit = 1UL << edge;
        bool counted = _countedVersion == _territory.Version;
        if (!concurrent)
        {
            _permitted[edge >> 6] ^= bit;
            if (counted) _byOrganization[_territory.EdgeOrg[edge]] += sign;
            return sign;
        }
        // Edges of different writers share bitset words (and, in general, organizations).
        if (now) Interlocked.Or(ref _permitted[edge >> 6], bit);
        else Interlocked.And(ref _permitted[edge >> 6], ~bit);
        if (counted) Interlocked.Add(ref _byOrganization[_territory.EdgeOrg[edge]], sign);
        return sign;
    }

    /// <summary>Every edge's route preference, for loops that only read.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Edges with route preference &gt; 0.</summary>
    public int PermittedCount => _permittedCount;

    /// <summary>Sum of perceived risk over the permitted edges (exact to 2⁻⁶⁰ per edge).</summary>
    public double PermittedRiskSum => (double)_riskUnits / UnitsPerRisk;

    /// <summary>Writes the permitted edges among <paramref name="start"/>..<paramref name="end"/>−1 to
    /// <paramref name="output"/> in ascending order and returns how many there are (a scan of 64 edges per word).</summary>
    public int PermittedIn(int start, int end, Span<int> output)
    {
        int n = 0;
        if (start >= end) return 0;
        for (int word = start >> 6; word <= (end - 1) >> 6; word++)
        {
            ulong bits = _permitted[word];
            if (word == start >> 6) bits &= ulong.MaxValue << (start & 63);
            if (word == (end - 1) >> 6 && (end & 63) != 0) bits &= ulong.MaxValue >> (64 - (end & 63));
            while (bits != 0)
            {
                output[n++] = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
        return n;
    }

    /// <summary>Writes each organization's permitted edges into <paramref name="counts"/> (index = organization id).</summary>
    public void PermittedByOrganization(Span<int> counts)
    {
        if (_countedVersion != _territory.Version) Recount();
        _byOrganization.AsSpan(0, counts.Length).CopyTo(counts);
    }

    /// <summary>
    /// The change of the permitted risk sum, in <see cref="Units"/>, when the perceived risk of <paramref name="edge"/>
    /// goes from <paramref name="before"/> to <paramref name="after"/> (0 unless the edge is permitted). Reads only:
    /// writers on several threads add up their changes and report them with <see cref="AddRiskUnits"/>.
    /// </summary>
    public long RiskUnitsChange(int edge, double before, double after) =>
        _values[edge] > 0 && after != before ? Units(after) - Units(before) : 0;

    /// <summary>Adds changes of the permitted risk sum from <see cref="RiskUnitsChange"/>.</summary>
    public void AddRiskUnits(Int128 units) => _riskUnits += units;

    /// <summary>A risk in the sum's fixed-point units (risk ≤ 1, so it fits a long; only the sum needs 128 bits).</summary>
    public static long Units(double risk) => (long)(risk * UnitsPerRisk);

    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Sets every edge's preference from <paramref name="values"/> (through the indexer, so the figures follow).</summary>
    public void CopyFrom(ReadOnlySpan<double> values)
    {
        if (values.Length != _values.Length) throw new ArgumentException($"expected {_values.Length} values, got {values.Length}", nameof(values));
        for (int e = 0; e < values.Length; e++) this[e] = values[e];
    }

    private void Recount()
    {
        Array.Clear(_byOrganization);
        var edgeOrg = _territory.EdgeOrg;
        for (int e = 0; e < _values.Length; e++)
            if (_values[e] > 0) _byOrganization[edgeOrg[e]]++;
        _countedVersion = _territory.Version;
    }
}
