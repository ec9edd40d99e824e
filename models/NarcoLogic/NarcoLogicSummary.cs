using System.Globalization;
using TraffickingAbm.Engine.Model;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>The headline measures `tabm run` prints after a NarcoLogic run.</summary>
internal static class NarcoLogicSummary
{
    public static IReadOnlyList<SummaryLine> Lines(NarcoLogicModel model)
    {
        var w = model.World;
        var totals = model.Totals;
        return
        [
            new("route graph", $"{w.Routes.NodeCount} nodes, {w.Routes.EdgeCount} edges"),
            new("produced", Kg(totals.ProducedKg)),
            new("delivered to market", $"{Kg(totals.DeliveredKg)} ({Share(totals.DeliveredKg, totals.ProducedKg)} of produced)"),
            new("seized", $"{Kg(totals.SeizedKg)} ({Share(totals.SeizedKg, totals.SourceOutflowKg)} of source outflow)"),
            new("held at nodes at end", Kg(w.Stock.AsSpan(0, w.Routes.Market).ToArray().Sum())),
            new("transit nodes ever used", $"{w.EverReceived.Count(b => b)} of {w.Routes.Transit.End - w.Routes.Transit.Start}"),
            new("most active nodes in a month", totals.MaxActiveNodes.ToString(CultureInfo.InvariantCulture)),
            new("interdiction capacity at end", $"{w.Capacity} events/month"),
        ];
    }

    private static string Kg(double kg) => kg >= 1e6 ? $"{kg / 1e6:0.00} kt" : kg >= 1e3 ? $"{kg / 1e3:0.00} t" : $"{kg:0.0} kg";

    private static string Share(double part, double whole) => whole > 0 ? (part / whole).ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
