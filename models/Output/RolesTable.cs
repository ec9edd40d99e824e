using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.Output;

/// <summary>roles: one row per month and member role, over all organizations (docs/output-schema.md).</summary>
public sealed class RolesTable
{
    public Table Table { get; } = new("roles", "one row per month and member role: members, vacancies, arrests, exposures");
    private readonly ValueColumn<int> _run, _tick, _members, _vacancies, _arrests, _exposures, _exposed;
    private readonly StringColumn _role;

    public RolesTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _role = t.String("role", "label", "leader, lieutenant, broker, producer, transporter, financier or recruiter");
        _members = t.Int32("members", "members", "positions of this role filled at month end");
        _vacancies = t.Int32("vacancies", "positions", "positions of this role vacant at month end");
        _arrests = t.Int32("arrests", "arrests", "members of this role arrested this month");
        _exposures = t.Int32("exposures", "members", "members of this role newly exposed by informants this month");
        _exposed = t.Int32("exposed", "members", "members of this role in place and exposed at month end");
    }

    // Per role: positions in place, vacant, and in place and exposed this month (one pass over the members).
    private readonly int[] _inPlace = new int[Roles.All.Length], _vacant = new int[Roles.All.Length], _exposedNow = new int[Roles.All.Length];

    public void Record(int run, int tick, CriminalNetwork net, MonthTally tally)
    {
        Array.Clear(_inPlace);
        Array.Clear(_vacant);
        Array.Clear(_exposedNow);
        for (int m = 0; m < net.Count; m++)
        {
            if (net.Retired[m]) continue;
            int r = (int)net.Role[m];
            if (!net.Occupied[m]) { _vacant[r]++; continue; }
            _inPlace[r]++;
            if (net.ExposedUntil[m] > tick) _exposedNow[r]++;
        }
        foreach (var role in Roles.All)
        {
            int r = (int)role;
            _run.Append(run);
            _tick.Append(tick);
            _role.Append(Roles.Name(role));
            _members.Append(_inPlace[r]);
            _vacancies.Append(_vacant[r]);
            _arrests.Append(tally.Arrests[r]);
            _exposures.Append(tally.Exposures[r]);
            _exposed.Append(_exposedNow[r]);
            Table.EndRow();
        }
    }
}
