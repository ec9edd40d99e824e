namespace TraffickingAbm.Models.Organizations;

/// <summary>Network-level measures of the criminal network in one month, and run-long event counts.</summary>
public sealed class OrganizationSummary
{
    private readonly bool[] _present;

    public OrganizationSummary(int members) => _present = new bool[members];

    public int Organizations { get; private set; }
    public int Members { get; private set; }
    public double LargestComponentShare { get; private set; }
    public double GlobalEfficiency { get; private set; }
    public double Density { get; private set; }
    public double DegreeCentralization { get; private set; }
    public int Successions { get; private set; }
    public int Splits { get; private set; }
    public int Arrests { get; private set; }

    /// <summary>Measures the network as it stands (Latora &amp; Marchiori 2001; Freeman 1978) and adds the month's events.</summary>
    public void Update(CriminalNetwork net, MonthTally tally)
    {
        net.FillPresent(_present);
        var orgs = new HashSet<int>();
        int members = 0;
        for (int m = 0; m < net.Count; m++)
            if (_present[m]) { orgs.Add(net.Org[m]); members++; }
        Organizations = orgs.Count;
        Members = members;
        LargestComponentShare = NetworkMeasures.LargestComponentShare(net.Ties, _present);
        GlobalEfficiency = NetworkMeasures.GlobalEfficiency(net.Ties, _present);
        Density = NetworkMeasures.Density(net.Ties, _present);
        DegreeCentralization = NetworkMeasures.DegreeCentralization(net.Ties, _present);
        Successions += tally.Successions;
        Splits += tally.Splits;
        Arrests += tally.Arrests.Sum();
    }
}
