using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Organizations;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>
/// The roles table (one pass over the members for all roles) against counts read per role from the network,
/// every month of a run with arrests, informants and succession, so members, vacancies and exposures all move.
/// </summary>
public class RolesTableTests
{
    [Fact]
    public void EachMonthsRowsMatchTheNetworkRoleByRole()
    {
        var scenario = ScenarioLoader.Load("baseline", [
            "targeting.arrest_strategy=utility", "targeting.start_month=2", "targeting.arrests_per_month=6",
            "targeting.inform_probability=0.8", "targeting.exposure_months=4", "ticks=36"]);
        var model = new NarcoLogicModel(scenario, 3);
        var net = model.Organizations.Network;
        var columns = model.Roles.Table.Columns;
        var members = (ValueColumn<int>)columns.Single(c => c.Name == "members");
        var vacancies = (ValueColumn<int>)columns.Single(c => c.Name == "vacancies");
        var exposed = (ValueColumn<int>)columns.Single(c => c.Name == "exposed");
        var role = (StringColumn)columns.Single(c => c.Name == "role");
        int sawVacancies = 0, sawExposed = 0;
        for (int t = 0; t < scenario.Ticks; t++)
        {
            model.Schedule.RunTick(t);
            int first = model.Roles.Table.BufferedRows - Roles.All.Length;
            foreach (var r in Roles.All)
            {
                int row = first + (int)r;
                var inRole = Enumerable.Range(0, net.Count).Where(m => net.Role[m] == r && !net.Retired[m]).ToList();
                int inPlace = inRole.Count(m => net.Occupied[m]);
                int exposedNow = inRole.Count(m => net.Occupied[m] && net.ExposedUntil[m] > t);
                Assert.Equal(Roles.Name(r), role.Values[row]);
                Assert.Equal(inPlace, members.Values.Span[row]);
                Assert.Equal(inRole.Count - inPlace, vacancies.Values.Span[row]);
                Assert.Equal(exposedNow, exposed.Values.Span[row]);
                sawVacancies += inRole.Count - inPlace;
                sawExposed += exposedNow;
            }
        }
        Assert.True(sawVacancies > 0, "no vacancy in the whole run: the test did not exercise the vacancies column");
        Assert.True(sawExposed > 0, "no exposed member in the whole run: the test did not exercise the exposed column");
    }
}
