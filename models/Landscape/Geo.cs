namespace TraffickingAbm.Models.Landscape;

/// <summary>Spherical geometry on a mean Earth radius of 6,371 km.</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0;
    private const double Rad = Math.PI / 180.0;

    /// <summary>Great-circle distance (haversine) between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        DistanceKm(lat1, lon1, CosLat(lat1), lat2, lon2, CosLat(lat2));

    /// <summary>The same distance with each point's <see cref="CosLat"/> given, for many edges between few points.</summary>
    public static double DistanceKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double sinLat = Math.Sin(dLat / 2), sinLon = Math.Sin(dLon / 2);
        double a = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Cosine of a latitude given in degrees.</summary>
    public static double CosLat(double lat) => Math.Cos(lat * Rad);

    /// <summary>Km per degree of latitude and of longitude at <paramref name="lat"/> (local equirectangular frame).</summary>
    public static (double KmPerDegLat, double KmPerDegLon) Scale(double lat) =>
        (EarthRadiusKm * Rad, EarthRadiusKm * Rad * Math.Cos(lat * Rad));
}
