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

    public void Record(int run, int tick, CriminalNetwork net, MonthTally tally)
    {
        foreach (var role in Roles.All)
        {
            int members = 0, vacancies = 0, exposed = 0;
            for (int m = 0; m < net.Count; m++)
            {
                if (net.Role[m] != role || net.Retired[m]) continue;
                if (net.Occupied[m]) { members++; if (net.ExposedUntil[m] > tick) exposed++; }
                else vacancies++;
            }
            _run.Append(run);
            _tick.Append(tick);
            _role.Append(Roles.Name(role));
            _members.Append(members);
            _vacancies.Append(vacancies);
            _arrests.Append(tally.Arrests[(int)role]);
            _exposures.Append(tally.Exposures[(int)role]);
            _exposed.Append(exposed);
            Table.EndRow();
        }
    }
}
