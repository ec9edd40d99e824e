namespace TraffickingAbm.Models.Organizations;

/// <summary>Network-level measures of the criminal network in one month, and run-long event counts.</summary>
public sealed class OrganizationSummary
{
    private readonly bool[] _present;
    private int[]? _sizes; // members in place per organization id, reused
    private int _measuredVersion = -1;

    private readonly MeasureBuffers _buffers;

    public OrganizationSummary(int members)
    {
        _present = new bool[members];
        _buffers = new MeasureBuffers(members);
    }

    public int Organizations { get; private set; }
    public int Members { get; private set; }
    public double LargestComponentShare { get; private set; }
    public double GlobalEfficiency { get; private set; }
    public double Density { get; private set; }
    public double DegreeCentralization { get; private set; }

    /// <summary>Herfindahl–Hirschman index of organizations' shares of members in place (1 = one organization).</summary>
    public double Concentration { get; private set; }
    public int Successions { get; private set; }
    public int Splits { get; private set; }
    public int Arrests { get; private set; }

    /// <summary>Measures the network as it stands (Latora &amp; Marchiori 2001; Freeman 1978) and adds the month's events.</summary>
    public void Update(CriminalNetwork net, MonthTally tally)
    {
        Successions += tally.Successions;
        Splits += tally.Splits;
        Arrests += tally.Arrests.Sum();
        if (net.Version == _measuredVersion) return; // nothing changed since the last measurement
        _measuredVersion = net.Version;
        net.FillPresent(_present);
        if (_sizes is null || _sizes.Length != net.LeaderSlot.Length) _sizes = new int[net.LeaderSlot.Length];
        var sizes = _sizes;
        Array.Clear(sizes);
        int members = 0;
        for (int m = 0; m < net.Count; m++)
            if (_present[m]) { sizes[net.Org[m]]++; members++; }
        // Organizations with members in place, and Σ size² in ascending organization order.
        int organizations = 0;
        double sumSquares = 0;
        for (int org = 0; org < sizes.Length; org++)
        {
            if (sizes[org] == 0) continue;
            organizations++;
            sumSquares += (double)sizes[org] * sizes[org];
        }
        Organizations = organizations;
        Members = members;
        Concentration = members > 0 ? sumSquares / ((double)members * members) : 0;
        LargestComponentShare = NetworkMeasures.LargestComponentShare(net.Ties, _present, _buffers);
        GlobalEfficiency = NetworkMeasures.GlobalEfficiency(net.Ties, _present, _buffers);
        Density = NetworkMeasures.Density(net.Ties, _present, _buffers);
        DegreeCentralization = NetworkMeasures.DegreeCentralization(net.Ties, _present, _buffers);
    }
}
