using TraffickingAbm.Engine.Recording;

namespace TraffickingAbm.Models.Organizations;

/// <summary>One member role's month over all organizations, as the roles table reads it.</summary>
public sealed class RoleMonth
{
    public int Run { get; set; }
    public int Tick { get; set; }
    public Role Role { get; set; }
    public int Members { get; set; }
    public int Vacancies { get; set; }
    public int Arrests { get; set; }
    public int Exposures { get; set; }
    public int Exposed { get; set; }
}

/// <summary>roles: one row per month and member role, over all organizations (docs/output-schema.md).</summary>
public sealed class RolesTable
{
    public static TableSchema<RoleMonth> Schema { get; } = new TableSchema<RoleMonth>("roles", "one row per month and member role: members, vacancies, arrests, exposures")
        .Int32("run", "id", "run index within its batch (0 for a single run)", r => r.Run)
        .Int32("tick", "month", "month index, 0-based", r => r.Tick)
        .String("role", "label", "leader, lieutenant, broker, producer, transporter, financier or recruiter", r => Roles.Name(r.Role))
        .Int32("members", "members", "positions of this role filled at month end", r => r.Members)
        .Int32("vacancies", "positions", "positions of this role vacant at month end", r => r.Vacancies)
        .Int32("arrests", "arrests", "members of this role arrested this month", r => r.Arrests)
        .Int32("exposures", "members", "members of this role newly exposed by informants this month", r => r.Exposures)
        .Int32("exposed", "members", "members of this role in place and exposed at month end", r => r.Exposed);

    private readonly TableWriter<RoleMonth> _writer = Schema.CreateWriter();
    private readonly RoleMonth _row = new();

    // Per role: positions in place, vacant, and in place and exposed this month (one pass over the members).
    private readonly int[] _inPlace = new int[Roles.All.Length], _vacant = new int[Roles.All.Length], _exposedNow = new int[Roles.All.Length];

    public Table Table => _writer.Table;

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
            _row.Run = run;
            _row.Tick = tick;
            _row.Role = role;
            _row.Members = _inPlace[r];
            _row.Vacancies = _vacant[r];
            _row.Arrests = tally.Arrests[r];
            _row.Exposures = tally.Exposures[r];
            _row.Exposed = _exposedNow[r];
            _writer.Append(_row);
        }
    }
}
