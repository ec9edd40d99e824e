namespace TraffickingAbm.Models.Organizations;

/// <summary>Network-level measures of the criminal network in one month, and run-long event counts.</summary>
public sealed class OrganizationSummary
{
    private readonly bool[] _present;
    private int _measuredVersion = -1;

    public OrganizationSummary(int members) => _present = new bool[members];

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
        var sizes = new SortedDictionary<int, int>();
        int members = 0;
        for (int m = 0; m < net.Count; m++)
            if (_present[m]) { sizes[net.Org[m]] = sizes.GetValueOrDefault(net.Org[m]) + 1; members++; }
        Organizations = sizes.Count;
        Members = members;
        Concentration = members > 0 ? sizes.Values.Sum(n => (double)n * n) / ((double)members * members) : 0;
        LargestComponentShare = NetworkMeasures.LargestComponentShare(net.Ties, _present);
        GlobalEfficiency = NetworkMeasures.GlobalEfficiency(net.Ties, _present);
        Density = NetworkMeasures.Density(net.Ties, _present);
        DegreeCentralization = NetworkMeasures.DegreeCentralization(net.Ties, _present);
    }
}
