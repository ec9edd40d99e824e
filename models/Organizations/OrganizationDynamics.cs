using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Organizations under arrest pressure, and how they couple to trafficking (docs/model.md, "Organizations").
/// Each month: vacancies are refilled and successions resolve (promotion or split); the investigative
/// agency arrests; arrested members may inform; hit organizations compartmentalize; then the coupling
/// quantities of the trafficking world are set from who is in place.
/// </summary>
public sealed class OrganizationDynamics
{
    private readonly CloseNodes _closeNodes;
    private readonly PositionCounts _positions;
    private readonly Vacancies _vacancies;
    private int _coupledVersion = -1; // network version the closed nodes and position counts were last computed at
    private readonly OrganizationSetting _s;
    private readonly OrganizationParameters _p;
    private readonly TargetingParameters _t;
    private readonly IArrestStrategy? _strategy;
    private readonly double[] _replaceMonths;
    private readonly int[] _ranked;
    private readonly double[] _scores;
    private readonly int[] _brokers, _brokersIn, _financiers, _financiersIn; // per organization, for Couple
    private readonly int[] _cellTarget; // per cell, during a split: the organization it becomes (-1 otherwise)
    private readonly int[] _operatedStart, _operated; // route nodes each member operates: _operated[_operatedStart[m] .. _operatedStart[m + 1])

    public OrganizationDynamics(OrganizationSetting setting)
    {
        _s = setting;
        _p = setting.Organizations;
        _t = setting.Targeting;
        Network = OrganizationGenerator.Generate(_p, setting.Territory, setting.RouteNodes, setting.Seed, setting.Run, setting.Parallel);
        _strategy = ArrestStrategies.Create(_t.ArrestStrategy);
        _replaceMonths = new double[Roles.All.Length];
        _replaceMonths[(int)Role.Leader] = _p.SuccessionMonths;
        _replaceMonths[(int)Role.Lieutenant] = _p.ReplaceLieutenant;
        _replaceMonths[(int)Role.Broker] = _p.ReplaceBroker;
        _replaceMonths[(int)Role.Producer] = _p.ReplaceProducer;
        _replaceMonths[(int)Role.Transporter] = _p.ReplaceTransporter;
        _replaceMonths[(int)Role.Financier] = _p.ReplaceFinancier;
        _replaceMonths[(int)Role.Recruiter] = _p.ReplaceRecruiter;
        Targeting = new TargetingContext(Network, setting.Seed, setting.Run, _replaceMonths);
        _ranked = new int[Network.Count];
        _scores = new double[Network.Count];
        int orgSlots = setting.Territory.Capacity + 1;
        _brokers = new int[orgSlots];
        _closeNodes = new CloseNodes(this);
        _brokersIn = new int[orgSlots];
        _financiers = new int[orgSlots];
        _financiersIn = new int[orgSlots];
        _cellTarget = new int[Network.CellLieutenant.Length];
        Array.Fill(_cellTarget, -1);
        // NodeOperator is fixed at generation; its inverse lets a split visit only the nodes it moves.
        _operatedStart = new int[Network.Count + 1];
        foreach (int op in Network.NodeOperator) if (op >= 0) _operatedStart[op + 1]++;
        for (int m = 0; m < Network.Count; m++) _operatedStart[m + 1] += _operatedStart[m];
        _operated = new int[_operatedStart[^1]];
        var fill = (int[])_operatedStart.Clone();
        for (int v = 0; v < Network.NodeOperator.Length; v++)
            if (Network.NodeOperator[v] >= 0) _operated[fill[Network.NodeOperator[v]]++] = v;
        Tally = new MonthTally(Roles.All.Length);
        _positions = new PositionCounts(Network, setting.Parallel, orgSlots);
        _vacancies = new Vacancies(Network);
        Couple();
    }

    public CriminalNetwork Network { get; }
    public TargetingContext Targeting { get; }

    /// <summary>This month's arrests, exposures, successions and splits.</summary>
    public MonthTally Tally { get; }

    /// <summary>Month start: refill vacancies whose delay has passed, resolve successions, couple.</summary>
    public void BeginMonth(int tick)
    {
        Tally.Clear();
        var net = Network;
        for (int k = _vacancies.Refill(net, tick); k > 0; k--) net.MarkChanged(); // one change per refilled position
        for (int org = 1; org <= _s.Territory.Count; org++)
            if (net.SuccessionUntil[org] >= 0 && net.SuccessionUntil[org] <= tick) ResolveSuccession(org, tick);
        Couple();
    }

    /// <summary>The investigative agency's arrests of the month (targeting.start_month ≤ month &lt; targeting.end_month).</summary>
    public void Arrest(int tick)
    {
        if (_strategy is null || tick < _t.StartMonth || tick >= _t.EndMonth || _t.ArrestsPerMonth == 0) return;
        var net = Network;
        Targeting.Begin(tick);
        int n = 0;
        for (int m = 0; m < net.Count; m++)
        {
            if (!net.IsPresent(m)) continue;
            double score = _strategy.Score(Targeting, m);
            if (double.IsNegativeInfinity(score)) continue;
            _ranked[n] = m;
            _scores[m] = score;
            n++;
        }
        var ranked = _ranked.AsSpan(0, n);
        int attempts = Math.Min(n, _t.ArrestsPerMonth);
        Selection.SortSmallest(ranked, attempts, new ByScoreDescending(_scores));
        for (int i = 0; i < attempts; i++)
        {
            int m = ranked[i];
            // The member's own stream: whether an attempt on m succeeds does not depend on the strategy.
            double success = _t.ArrestSuccess * (net.ExposedUntil[m] > tick ? _t.ExposureMultiplier : 1);
            if (new RngStream(_s.Seed, _s.Run, RandomStreams.ArrestSuccess, m, tick).NextDouble() >= Math.Min(success, 1)) continue;
            Remove(m, tick);
        }
        Couple();
    }

    /// <summary>
    /// Vacates member <paramref name="m"/>'s position until month <paramref name="until"/> (refilled at the start
    /// of that month unless it is a leader's), outside the arrest rules: for experiments and tests that remove
    /// members themselves. Writing <see cref="CriminalNetwork.Occupied"/> directly would bypass the refill list
    /// and the change count the coupling relies on.
    /// </summary>
    public void Vacate(int m, int until)
    {
        var net = Network;
        net.Occupied[m] = false;
        net.VacantUntil[m] = until;
        _vacancies.Add(m);
        net.MarkChanged();
    }

    /// <summary>An arrest: the position falls vacant; the member may inform; the organization compartmentalizes.</summary>
    private void Remove(int m, int tick)
    {
        var net = Network;
        int org = net.Org[m];
        net.Occupied[m] = false;
        _vacancies.Add(m);
        net.MarkChanged();
        Tally.Arrests[(int)net.Role[m]]++;
        if (net.Role[m] == Role.Leader)
        {
            if (net.SuccessionUntil[org] < 0) net.SuccessionUntil[org] = tick + _p.SuccessionMonths;
        }
        else
        {
            double delay = _replaceMonths[(int)net.Role[m]] / (1 + _p.RecruiterSpeedup * Present(org, Role.Recruiter));
            net.VacantUntil[m] = tick + 1 + (int)Math.Ceiling(delay);
        }
        // An arrested member may inform, exposing his contacts for exposure_months (MADTOR; Duijn et al. 2014).
        if (new RngStream(_s.Seed, _s.Run, RandomStreams.Informing, m, tick).NextDouble() < _t.InformProbability)
            foreach (int n in net.Ties[m])
                if (net.IsPresent(n))
                {
                    if (net.ExposedUntil[n] <= tick) Tally.Exposures[(int)net.Role[n]]++;
                    net.ExposedUntil[n] = Math.Max(net.ExposedUntil[n], tick + _t.ExposureMonths);
                }
        Compartmentalize(org, tick);
    }

    /// <summary>
    /// Losses make organizations cut ties between ordinary members: less exposure to informants, costlier
    /// coordination (Kenney 2007, competitive adaptation; Morselli et al. 2007's efficiency/security trade-off).
    /// </summary>
    private void Compartmentalize(int org, int tick)
    {
        var net = Network;
        int cuts = (int)Math.Floor(_p.CompartmentTiesPerArrest);
        for (int k = 0; k < cuts; k++)
        {
            int bestA = -1, bestB = -1;
            double best = double.PositiveInfinity;
            for (int a = net.FirstMember[org]; a < net.EndMember[org]; a++)
            {
                if (net.Org[a] != org || net.Retired[a] || !IsOrdinary(net.Role[a])) continue;
                foreach (int b in net.Ties[a])
                {
                    if (b <= a || !IsOrdinary(net.Role[b])) continue;
                    double draw = new RngStream(_s.Seed, _s.Run, RandomStreams.Compartmentalization, (long)a * net.Count + b, tick).NextDouble();
                    if (draw < best) { best = draw; bestA = a; bestB = b; }
                }
            }
            if (bestA < 0) return;
            net.RemoveTie(bestA, bestB);
            net.TiesCut[org]++;
        }
    }

    private static bool IsOrdinary(Role r) => r is not (Role.Leader or Role.Lieutenant);

    /// <summary>
    /// A leader's removal ends in a split along lieutenant lines (probability by structure) or in the
    /// promotion of the best-connected lieutenant (Kenney 2007: "from hierarchies to networks"; Jaén &amp;
    /// Dyner 2014's cartelitos). Both count as a succession contest (violence proxy; Calderón et al. 2015).
    /// </summary>
    private void ResolveSuccession(int org, int tick)
    {
        var net = Network;
        net.SuccessionUntil[org] = -1;
        net.MarkChanged();
        Tally.Successions++;
        var lieutenants = new List<int>();
        for (int c = 0; c < net.CellLieutenant.Length; c++)
        {
            int l = net.CellLieutenant[c];
            if (l >= 0 && net.Org[l] == org && net.IsPresent(l)) lieutenants.Add(l);
        }
        double pSplit = net.Structure[org] switch
        {
            OrganizationStructure.Federated => _p.SplitFederated,
            OrganizationStructure.Networked => _p.SplitNetworked,
            _ => _p.SplitHierarchical,
        };
        double draw = new RngStream(_s.Seed, _s.Run, RandomStreams.Succession, org, tick).NextDouble();
        if (lieutenants.Count >= 2 && draw < pSplit && _s.Territory.Count + lieutenants.Count - 1 <= _s.Territory.Capacity)
        {
            Split(org, lieutenants);
            return;
        }
        int leader = net.LeaderSlot[org];
        net.Occupied[leader] = true;
        if (lieutenants.Count > 0)
        {
            // The best-connected lieutenant moves up; his old position falls vacant.
            int promoted = lieutenants.MaxBy(l => (net.Ties[l].Count, -l));
            net.Occupied[promoted] = false;
            _vacancies.Add(promoted);
            net.VacantUntil[promoted] = tick + 1 + (int)Math.Ceiling(_p.ReplaceLieutenant);
        }
    }

    /// <summary>Each present lieutenant's cell becomes an organization he leads; the first keeps the old id.</summary>
    /// <remarks>
    /// One pass over the organization's members (and the route nodes they operate), for all its cells together.
    /// Members of other organizations are untouched: ties never cross organizations (the generator ties
    /// members within one, and every split removes the ties it turns into cross-organization ones).
    /// </remarks>
    private void Split(int org, List<int> lieutenants)
    {
        var net = Network;
        Tally.Splits++;
        int oldLeader = net.LeaderSlot[org];
        net.Retired[oldLeader] = true;
        var leaderTies = net.Ties[oldLeader];
        for (int k = leaderTies.Count - 1; k >= 0; k--) net.RemoveTie(oldLeader, leaderTies[k]);
        int first = net.FirstMember[org], end = net.EndMember[org];
        for (int i = 0; i < lieutenants.Count; i++)
        {
            int l = lieutenants[i];
            int cell = net.Cell[l];
            int target = i == 0 ? org : _s.Territory.NewOrganization();
            net.Structure[target] = net.Structure[org];
            net.FirstMember[target] = first;
            net.EndMember[target] = end;
            net.Role[l] = Role.Leader;
            net.LeaderSlot[target] = l;
            net.CellLieutenant[cell] = -1;
            _cellTarget[cell] = target;
        }
        for (int m = first; m < end; m++)
        {
            int cell = net.Cell[m];
            if (cell < 0 || _cellTarget[cell] < 0) continue;
            if (!net.Retired[m]) net.Org[m] = _cellTarget[cell];
            // The route nodes this member operates (transporters only) move with the cell.
            for (int k = _operatedStart[m]; k < _operatedStart[m + 1]; k++) _s.Territory.Reassign(_operated[k], _cellTarget[cell]);
        }
        foreach (int l in lieutenants) _cellTarget[net.Cell[l]] = -1;
        // Ties across the new organizations' borders are gone: they are separate organizations now.
        for (int a = first; a < end; a++)
        {
            var ties = net.Ties[a];
            for (int k = ties.Count - 1; k >= 0; k--)
                if (net.Org[a] != net.Org[ties[k]]) net.RemoveTie(a, ties[k]);
        }
    }

    private int Present(int org, Role role)
    {
        var net = Network;
        int n = 0;
        for (int m = net.FirstMember[org]; m < net.EndMember[org]; m++)
            if (net.Org[m] == org && net.Role[m] == role && net.IsPresent(m)) n++;
        return n;
    }

    /// <summary>Sets the trafficking world's coupling arrays from who is in place.</summary>
    private void Couple()
    {
        var net = Network;
        var w = _s;
        int orgs = w.Territory.Count;
        var brokers = _brokers.AsSpan(0, orgs + 1);
        var brokersIn = _brokersIn.AsSpan(0, orgs + 1);
        var financiers = _financiers.AsSpan(0, orgs + 1);
        var financiersIn = _financiersIn.AsSpan(0, orgs + 1);
        // Closed nodes and position counts follow occupancy, roles and organizations only, and every change of
        // those bumps the network's version (new organizations come from splits, which do too): unchanged
        // since the last coupling, the two passes over every node and member would find the same.
        if (net.Version != _coupledVersion)
        {
            w.Parallel.ForElementwise(net.NodeOperator.Length, _closeNodes);
            _positions.Count(orgs, brokers, brokersIn, financiers, financiersIn);
            _coupledVersion = net.Version;
        }
        int expandMax = w.Coupling.ExpandMax;
        for (int org = 1; org <= orgs; org++)
        {
            // A broker vacancy cuts supply; a financier vacancy limits expansion (capital); no leader, no plan.
            w.Coupling.SupplyAccess[org] = brokers[org] > 0 ? (double)brokersIn[org] / brokers[org] : 1;
            w.Coupling.ExpansionCap[org] = financiers[org] > 0 ? expandMax * financiersIn[org] / financiers[org] : expandMax;
            int leader = net.LeaderSlot[org];
            w.Coupling.Coordinated[org] = leader >= 0 && net.IsPresent(leader) && net.SuccessionUntil[org] < 0;
            w.Coupling.CostMultiplier[org] = 1 + _p.CoordinationCostPerCut * net.TiesCut[org];
        }
    }

    /// <summary>A route node is closed while its transporter's position is vacant (each node on its own: blocks).</summary>
    private sealed class CloseNodes(OrganizationDynamics d) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var net = d.Network;
            var closed = d._s.Coupling.NodeClosed;
            for (int v = start; v < end; v++)
                closed[v] = net.NodeOperator[v] >= 0 && !net.IsPresent(net.NodeOperator[v]);
        }
    }

    private readonly struct ByScoreDescending(double[] score) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            int c = score[b].CompareTo(score[a]);
            return c != 0 ? c : a.CompareTo(b);
        }
    }
}

/// <summary>Counts of one month's organizational events, by role where it applies.</summary>
public sealed class MonthTally(int roles)
{
    public int[] Arrests { get; } = new int[roles];
    public int[] Exposures { get; } = new int[roles];
    public int Successions { get; set; }
    public int Splits { get; set; }

    public void Clear()
    {
        Array.Clear(Arrests);
        Array.Clear(Exposures);
        Successions = Splits = 0;
    }
}
