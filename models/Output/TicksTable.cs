using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Output;

/// <summary>ticks: one row per month with the run's global flows, stocks and network metrics (docs/output-schema.md).</summary>
public sealed class TicksTable
{
    public Table Table { get; } = new("ticks", "one row per month: global flows, stocks and network state");
    private readonly ValueColumn<int> _run, _tick, _activeNodes, _activeEdges, _events, _successes, _capacity, _orgs, _members, _arrests, _successions, _splits;
    private readonly ValueColumn<double> _produced, _delivered, _seized, _sourceOutflow, _inTransit, _held,
        _seizureRate, _meanRisk, _entropy, _evenness, _largest, _efficiency, _density, _centralization, _concentration, _deliveredValue, _seizedValue, _margin, _bribes;

    public TicksTable()
    {
        var t = Table;
        _run = t.Int32("run", "id", "run index within its batch (0 for a single run)");
        _tick = t.Int32("tick", "month", "month index, 0-based");
        _produced = t.Double("produced_kg", "kg", "supply added at the source this month (R14)");
        _delivered = t.Double("delivered_kg", "kg", "kg that reached the market this month");
        _seized = t.Double("seized_kg", "kg", "kg seized by interdiction this month");
        _sourceOutflow = t.Double("source_outflow_kg", "kg", "kg shipped from the source this month, seized included");
        _inTransit = t.Double("in_transit_kg", "kg", "stock held at transit nodes at the end of the month");
        _held = t.Double("held_kg", "kg", "stock left at the source at the end of the month");
        _activeNodes = t.Int32("active_nodes", "nodes", "transit nodes that received flow this month (R19)");
        _activeEdges = t.Int32("active_edges", "edges", "edges with flow or seizures this month (R19)");
        _events = t.Int32("sl_events", "events", "seizure-and-loss events placed this month");
        _successes = t.Int32("successful_sl_events", "events", "events that seized something");
        _seizureRate = t.Double("seizure_rate", "share", "seized_kg / (seized_kg + delivered_kg); 0 when both are 0");
        _capacity = t.Int32("interdiction_capacity", "events/month", "capacity C(t) used this month (R9)");
        _meanRisk = t.Double("mean_perceived_risk", "probability", "mean perceived risk over the edges permitted at month end (routepref > 0)");
        _entropy = t.Double("flow_entropy", "nats", "Shannon entropy of unseized edge flows as shares of source outflow (R19)");
        _evenness = t.Double("flow_evenness", "share", "flow_entropy / ln(edges with flow); 0 with one edge or none");
        _deliveredValue = t.Double("delivered_value_usd", "USD", "delivered_kg times the market price");
        _seizedValue = t.Double("seized_value_usd", "USD", "seized kg times the price at each seized edge's receiving node");
        _margin = t.Double("margin_usd", "USD", "traffickers' margin on unseized flow: sum of flow x (price gain - cost)");
        _bribes = t.Double("bribes_usd", "USD", "bribes: bribepct x positive edge margins (accounting only)");
        _orgs = t.Int32("organizations", "organizations", "organizations with members in place");
        _members = t.Int32("members", "members", "members in place across all organizations");
        _arrests = t.Int32("arrests", "arrests", "arrests this month");
        _successions = t.Int32("successions", "events", "succession contests resolved this month (violence proxy)");
        _splits = t.Int32("splits", "events", "organizations split this month (violence proxy)");
        _largest = t.Double("largest_component_share", "share", "members in the largest connected component / members in place (all organizations together)");
        _efficiency = t.Double("global_efficiency", "0..1", "Latora-Marchiori global efficiency of the criminal network");
        _density = t.Double("density", "0..1", "tie density of the criminal network");
        _centralization = t.Double("degree_centralization", "0..1", "Freeman degree centralization of the criminal network");
        _concentration = t.Double("organization_concentration", "0..1", "Herfindahl-Hirschman index of organizations' shares of members (1 = a single organization)");
    }

    public void Record(TraffickingWorld w, int tick, int events, MonthAggregates sums, Organizations.OrganizationSummary org, Organizations.MonthTally tally)
    {
        var routes = w.Routes;
        _run.Append(w.RunLabel);
        _tick.Append(tick);
        _produced.Append(w.ProducedKg);
        _delivered.Append(w.DeliveredKg);
        _seized.Append(w.SeizedKg);
        _sourceOutflow.Append(w.SourceOutflowKg);
        _inTransit.Append(sums.InTransitKg);
        _held.Append(w.Stock[routes.Source]);
        _activeNodes.Append(sums.TotalActiveNodes);
        _activeEdges.Append(sums.TotalActiveEdges);
        _events.Append(events);
        _successes.Append(sums.TotalSuccesses);
        double finished = w.SeizedKg + w.DeliveredKg;
        _seizureRate.Append(finished > 0 ? w.SeizedKg / finished : 0);
        _capacity.Append(w.CapacityThisMonth);
        _meanRisk.Append(sums.TotalPermitted > 0 ? sums.RiskSum / sums.TotalPermitted : 0);
        _entropy.Append(sums.TotalEntropy);
        _evenness.Append(MonthAggregates.Evenness(sums.TotalEntropy, sums.TotalFlowEdges));
        _deliveredValue.Append(w.DeliveredKg * routes.Price[routes.Market]);
        _seizedValue.Append(sums.TotalSeizedValue);
        _margin.Append(sums.Margin);
        _bribes.Append(sums.Bribes);
        _orgs.Append(org.Organizations);
        _members.Append(org.Members);
        _arrests.Append(tally.Arrests.Sum());
        _successions.Append(tally.Successions);
        _splits.Append(tally.Splits);
        _largest.Append(org.LargestComponentShare);
        _efficiency.Append(org.GlobalEfficiency);
        _density.Append(org.Density);
        _centralization.Append(org.DegreeCentralization);
        _concentration.Append(org.Concentration);
        Table.EndRow();
    }
}
