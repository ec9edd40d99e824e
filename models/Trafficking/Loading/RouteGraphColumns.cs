using System.Globalization;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>How a field's text is read.</summary>
internal enum FieldKind { Text, Real, Integer, Boolean, Role, Mode }

/// <summary>
/// One column (CSV) or key attr.name (GraphML) of a route-graph file: its kind, whether it is required and its
/// allowed range. A range's lower bound is exclusive when <see cref="MinExclusive"/> is set (distances, capacities).
/// </summary>
internal sealed record FieldSpec(string Name, FieldKind Kind, bool Required, double Min = double.NegativeInfinity,
    double Max = double.PositiveInfinity, bool MinExclusive = false, string? TextAllowed = null)
{
    /// <summary>The allowed values as the error messages state them, e.g. "a number in -90..90".</summary>
    public string Allowed => Kind switch
    {
        FieldKind.Text => TextAllowed ?? "a non-empty text",
        FieldKind.Boolean => "true or false",
        FieldKind.Role => string.Join(", ", NodeRoleNames.All),
        FieldKind.Mode => string.Join(", ", RouteGraphColumns.Modes),
        _ => $"{(Kind == FieldKind.Integer ? "an integer" : "a number")} {RangeText()}",
    };

    public bool InRange(double value) => (MinExclusive ? value > Min : value >= Min) && value <= Max;

    private string RangeText()
    {
        static string F(double x) => x.ToString(CultureInfo.InvariantCulture);
        if (double.IsPositiveInfinity(Max)) return $"{(MinExclusive ? ">" : ">=")} {F(Min)}";
        return $"in {F(Min)}..{F(Max)}";
    }
}

/// <summary>The columns of the node and edge tables, shared by the CSV and GraphML readers (docs/route-graphs.md).</summary>
internal static class RouteGraphColumns
{
    /// <summary>Edge transport modes, as spelt in files.</summary>
    public static readonly IReadOnlyList<string> Modes = ["land", "sea", "air", "crossing", "mail"];

    public static readonly FieldSpec Id = new("id", FieldKind.Text, true, TextAllowed: "a non-empty node id");
    public static readonly FieldSpec Role = new("role", FieldKind.Role, true);
    public static readonly FieldSpec Country = new("country", FieldKind.Text, true, TextAllowed: "a non-empty country code such as MX");
    public static readonly FieldSpec Lat = new("lat", FieldKind.Real, true, -90, 90);
    public static readonly FieldSpec Lon = new("lon", FieldKind.Real, true, -180, 180);
    public static readonly FieldSpec Organization = new("organization", FieldKind.Integer, false, 0);
    public static readonly FieldSpec CoastKm = new("coast_km", FieldKind.Real, false, 0);
    public static readonly FieldSpec Population = new("population", FieldKind.Real, false, 0, 1);
    public static readonly FieldSpec Border = new("border", FieldKind.Boolean, false);
    public static readonly FieldSpec Suitability = new("suitability", FieldKind.Real, false, 0, 1);

    public static readonly FieldSpec From = new("from", FieldKind.Text, true, TextAllowed: "a node id from the node table");
    public static readonly FieldSpec To = new("to", FieldKind.Text, true, TextAllowed: "a node id from the node table");
    public static readonly FieldSpec Mode = new("mode", FieldKind.Mode, false);
    public static readonly FieldSpec DistanceKm = new("distance_km", FieldKind.Real, false, 0, MinExclusive: true);
    public static readonly FieldSpec CapacityKg = new("capacity_kg", FieldKind.Real, false, 0, MinExclusive: true);
    public static readonly FieldSpec CostUsdPerKg = new("cost_usd_per_kg", FieldKind.Real, false, 0);

    /// <summary>Node columns in documentation order: the required ones first.</summary>
    public static readonly IReadOnlyList<FieldSpec> Node = [Id, Role, Country, Lat, Lon, Organization, CoastKm, Population, Border, Suitability];

    /// <summary>Edge columns in documentation order: the required ones first.</summary>
    public static readonly IReadOnlyList<FieldSpec> Edge = [From, To, Mode, DistanceKm, CapacityKg, CostUsdPerKg];

    /// <summary>The message for a name that is not one of <paramref name="allowed"/>, with a did-you-mean hint.</summary>
    public static string UnknownName(string what, string name, IReadOnlyList<string> allowed) =>
        $"unknown {what} '{name}'{NameSuggestion.Hint(name, allowed)}; allowed: {string.Join(", ", allowed)}";

    public static IReadOnlyList<string> Names(IReadOnlyList<FieldSpec> specs) => specs.Select(s => s.Name).ToArray();
}
