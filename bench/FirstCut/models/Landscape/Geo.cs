namespace TraffickingAbm.FirstCut.Models.Landscape;

/// <summary>Spherical geometry on a mean Earth radius of 6,371 km.</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0;
    private const double Rad = Math.PI / 180.0;

    /// <summary>Great-circle distance (haversine) between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Km per degree of latitude and of longitude at <paramref name="lat"/> (local equirectangular frame).</summary>
    public static (double KmPerDegLat, double KmPerDegLon) Scale(double lat) =>
        (EarthRadiusKm * Rad, EarthRadiusKm * Rad * Math.Cos(lat * Rad));
}
