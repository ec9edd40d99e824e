using TraffickingAbm.FirstCut.Engine.Random;
using TraffickingAbm.FirstCut.Models.Scenarios;

namespace TraffickingAbm.FirstCut.Models.Landscape;

/// <summary>
/// The synthetic Central-America-like landscape of project resolution R18 (the NarcoLogic rasters are
/// not public): a strip from Panama to Guatemala/Belize cut into departments, each with random cells
/// scored for suitability (LANDSUIT, the equal-weight mean of six factors as in Magliocca et al. 2019),
/// and transit nodes placed on the best cells. Returns the nodes ordered south to north: the source
/// first, the market last.
/// </summary>
public static class SyntheticStrip
{
    // R18 geometry (degrees; west longitudes are negative).
    public const double SouthLat = 8.0, SouthLon = -77.8, NorthLat = 17.0, NorthLon = -91.0;
    public const double SouthWidthKm = 90, NorthWidthKm = 350;
    public const double SourceLat = 6.0, SourceLon = -77.0, MarketLat = 18.5, MarketLon = -92.2;
    public const double BorderBufferKm = 45;

    /// <summary>Five country borders as fractions of the strip length (Panama|Costa Rica|Nicaragua|Honduras|Guatemala|Belize-Mexico).</summary>
    public static readonly double[] Borders = [0.22, 0.38, 0.60, 0.80, 0.94];

    private const int StreamCells = 101, StreamPick = 102;

    private readonly record struct Cell(double U, double V, double Tree, double Population, double MarketAccess,
        double Slope, bool Protected, double Suitability);

    public static List<NodeSite> Generate(LandscapeParameters p, ulong seed, int run = 0)
    {
        var frame = new StripFrame();
        int departments = p.Departments;
        var cells = new Cell[departments][];
        var border = new bool[departments];
        for (int d = 0; d < departments; d++)
        {
            border[d] = IsBorderDepartment(d, departments, frame.LengthKm);
            cells[d] = MakeCells(p, d, departments, border[d], seed, run);
        }

        double cutoff = Percentile(cells.SelectMany(c => c).Select(c => c.Suitability).ToArray(), p.SuitabilityPercentile);

        var transit = new List<(double OrderKey, int Dept, double Tiebreak, NodeSite Site)>();
        for (int d = 0; d < departments; d++)
        {
            var rng = new RngStream(seed, run, StreamPick, d, 0);
            // Random cells above the cut-off; the department's best cells fill in when too few qualify (R18).
            var above = cells[d].Where(c => c.Suitability > cutoff).ToList();
            Shuffle(above, ref rng);
            var chosen = above.Take(p.NodesPerDepartment).ToList();
            foreach (var c in cells[d].Where(c => c.Suitability <= cutoff).OrderByDescending(c => c.Suitability))
            {
                if (chosen.Count >= p.NodesPerDepartment) break;
                chosen.Add(c);
            }
            var sites = chosen.Select(c => Site(frame, c, d, border[d])).ToList();
            // Departments are ordered by the key on their maximum lat and lon; random order within one (R18).
            double deptKey = Math.Sqrt(0.9 * Square(sites.Max(s => s.Lat)) + 0.1 * Square(sites.Max(s => s.Lon)));
            foreach (var s in sites) transit.Add((deptKey, d, rng.NextDouble(), s));
        }

        var nodes = new List<NodeSite>(transit.Count + 2)
        {
            new() { Kind = NodeKind.Source, Lat = SourceLat, Lon = SourceLon, CoastDistanceKm = 0, Population = 0,
                    BorderDepartment = false, Organization = 0, Country = -1, Department = -1, Suitability = 0 },
        };
        nodes.AddRange(transit.OrderBy(t => t.OrderKey).ThenBy(t => t.Dept).ThenBy(t => t.Tiebreak).Select(t => t.Site));
        nodes.Add(new() { Kind = NodeKind.Market, Lat = MarketLat, Lon = MarketLon, CoastDistanceKm = double.PositiveInfinity,
                          Population = 0, BorderDepartment = false, Organization = 0, Country = -1, Department = -1, Suitability = 0 });
        return nodes;
    }

    private static Cell[] MakeCells(LandscapeParameters p, int d, int departments, bool border, ulong seed, int run)
    {
        var rng = new RngStream(seed, run, StreamCells, d, 0);
        var cells = new Cell[p.CellsPerDepartment];
        for (int i = 0; i < cells.Length; i++)
        {
            double u = (d + rng.NextDouble()) / departments;      // along the strip, 0 = south-east
            double v = rng.NextDouble(-0.5, 0.5);                  // across, as a share of local width; < 0 Pacific side
            double coast = 1 - 2 * Math.Abs(v);                    // 0 at a coast, 1 on the centre line
            // Synthetic stand-ins for the six LANDSUIT rasters: forest and steep slopes inland, people on the coasts.
            double tree = Math.Clamp(0.25 + 0.5 * coast + rng.NextDouble(-0.25, 0.25), 0, 1);
            double population = Math.Clamp(0.7 * (1 - coast) * rng.NextDouble() + 0.3 * rng.NextDouble() * rng.NextDouble(), 0, 1);
            double marketAccess = Math.Clamp(0.5 * population + 0.5 * rng.NextDouble(), 0, 1);
            double slope = Math.Min(4, Math.Floor(5 * Math.Clamp(0.6 * coast + 0.4 * rng.NextDouble(), 0, 0.9999))) / 4;
            bool isProtected = rng.NextDouble() < 0.15;
            // LANDSUIT: equal-weight mean of tree cover, border dummy, inverse market access, remoteness,
            // slope class and protected status (Magliocca et al. 2019, Methods).
            double suit = (tree + (border ? 1 : 0) + (1 - marketAccess) + (1 - population) + slope + (isProtected ? 1 : 0)) / 6;
            cells[i] = new Cell(u, v, tree, population, marketAccess, slope, isProtected, suit);
        }
        return cells;
    }

    private static NodeSite Site(StripFrame frame, Cell c, int dept, bool border)
    {
        var (lat, lon, coastKm) = frame.ToGeo(c.U, c.V);
        int country = 0;
        while (country < Borders.Length && c.U > Borders[country]) country++;
        return new NodeSite
        {
            Kind = NodeKind.Transit, Lat = lat, Lon = lon, CoastDistanceKm = coastKm, Population = c.Population,
            BorderDepartment = border, Organization = c.V < 0 ? 1 : 2, Country = country, Department = dept, Suitability = c.Suitability,
        };
    }

    private static bool IsBorderDepartment(int d, int departments, double lengthKm)
    {
        double from = (double)d / departments * lengthKm, to = (double)(d + 1) / departments * lengthKm;
        foreach (double b in Borders)
        {
            double at = b * lengthKm;
            double gap = at < from ? from - at : at > to ? at - to : 0;
            if (gap <= BorderBufferKm) return true;
        }
        return false;
    }

    /// <summary>Linear-interpolation percentile (0..100) of the values; the same rule as NumPy's default.</summary>
    private static double Percentile(double[] values, double percent)
    {
        Array.Sort(values);
        double h = (values.Length - 1) * percent / 100.0;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, values.Length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    private static void Shuffle<T>(List<T> list, ref RngStream rng)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static double Square(double x) => x * x;

    /// <summary>The strip's centre line in a local km frame, with a width that grows from south to north.</summary>
    private sealed class StripFrame
    {
        private readonly double _kmLat, _kmLon, _dx, _dy;

        public StripFrame()
        {
            (_kmLat, _kmLon) = Geo.Scale((SouthLat + NorthLat) / 2);
            _dx = (NorthLon - SouthLon) * _kmLon;
            _dy = (NorthLat - SouthLat) * _kmLat;
            LengthKm = Math.Sqrt(_dx * _dx + _dy * _dy);
        }

        public double LengthKm { get; }

        /// <summary>Maps (along, across-share) to degrees, and the distance to the nearer coast in km.</summary>
        public (double Lat, double Lon, double CoastKm) ToGeo(double u, double v)
        {
            double width = SouthWidthKm + (NorthWidthKm - SouthWidthKm) * u;
            double across = v * width;
            // Unit normal pointing north-east (Caribbean side) for positive v.
            double nx = _dy / LengthKm, ny = -_dx / LengthKm;
            double x = u * _dx + across * nx, y = u * _dy + across * ny;
            return (SouthLat + y / _kmLat, SouthLon + x / _kmLon, width / 2 - Math.Abs(across));
        }
    }
}
