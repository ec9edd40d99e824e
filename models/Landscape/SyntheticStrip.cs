using TraffickingAbm.Engine.Collections;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Engine.Random;
using TraffickingAbm.Engine.Runs;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// The synthetic Central-America-like landscape of project resolution R18 (the NarcoLogic rasters are
/// not public): a strip from Panama to Guatemala/Belize cut into departments, each with random cells
/// scored for suitability (LANDSUIT, the equal-weight mean of six factors as in Magliocca et al. 2019),
/// and transit nodes placed on the best cells. Returns the nodes ordered south to north: the source
/// first, the market last. Each transit node belongs to an organization (<see cref="OrganizationOf"/>).
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


    /// <summary>What picking a cell and placing a node read: position, population and LANDSUIT. The other four
    /// factors enter only the suitability, so they are not kept (5M cells on a 1M-node landscape: 160 MB less).</summary>
    private readonly record struct Cell(double U, double V, double Population, double Suitability);

    /// <param name="parallel">Threads for the per-department work (each department has its own random streams,
    /// so the landscape is the same at any thread count); null: the calling thread.</param>
    public static List<NodeSite> Generate(LandscapeParameters p, ulong seed, int run = 0, BlockRunner? parallel = null)
    {
        parallel ??= BlockRunner.Sequential;
        var frame = new StripFrame();
        int departments = p.Departments, perDept = p.CellsPerDepartment;
        // One flat array of every department's cells (department d's at d·perDept): on a 1M-node landscape,
        // half a million small arrays would cost more in garbage collection than in drawing the cells.
        var cells = new Cell[departments * perDept];
        var suitability = new double[cells.Length];
        var border = new bool[departments];
        parallel.ForElementwise(departments, (from, to) =>
        {
            for (int d = from; d < to; d++)
            {
                border[d] = IsBorderDepartment(d, departments, frame.LengthKm);
                var own = cells.AsSpan(d * perDept, perDept);
                MakeCells(p, d, departments, border[d], seed, run, own);
                for (int i = 0; i < own.Length; i++) suitability[d * perDept + i] = own[i].Suitability;
            }
        });
        double cutoff = Percentile(suitability, p.SuitabilityPercentile);

        // Picked nodes, department d's at d·wanted (pickedCount[d] of them), with the keys that order them.
        int wanted = p.NodesPerDepartment;
        var pickedSite = new NodeSite[departments * wanted];
        var pickedTiebreak = new double[pickedSite.Length];
        var pickedCount = new int[departments];
        var deptKeys = new double[departments];
        parallel.ForElementwise(departments, (from, to) =>
        {
            var scratch = new PickScratch(perDept, wanted);
            for (int d = from; d < to; d++)
                pickedCount[d] = Pick(p, frame, cells.AsSpan(d * perDept, perDept), d, border[d], cutoff, seed, run, scratch,
                    pickedSite.AsSpan(d * wanted, wanted), pickedTiebreak.AsSpan(d * wanted, wanted), out deptKeys[d]);
        });
        // The order of R18: department key, then department, then the random tie-break within a department.
        var deptOrder = new int[departments];
        for (int d = 0; d < departments; d++) deptOrder[d] = d;
        KeySort.Sort(deptKeys, deptOrder, departments, parallel); // ties in any order: fixed just below
        for (int i = 0, j; i < departments; i = j) // equal keys: lower department first
        {
            for (j = i + 1; j < departments && deptKeys[j] == deptKeys[i]; j++) { }
            if (j - i > 1) Array.Sort(deptOrder, i, j - i);
        }
        var ordered = new List<NodeSite>(departments * wanted);
        foreach (int d in deptOrder)
        {
            var sites = pickedSite.AsSpan(d * wanted, pickedCount[d]);
            var tiebreak = pickedTiebreak.AsSpan(d * wanted, pickedCount[d]);
            // Insertion sort by tie-break; equal tie-breaks keep their pick order (stable).
            for (int i = 1; i < sites.Length; i++)
                for (int k = i; k > 0 && tiebreak[k] < tiebreak[k - 1]; k--)
                {
                    (sites[k], sites[k - 1]) = (sites[k - 1], sites[k]);
                    (tiebreak[k], tiebreak[k - 1]) = (tiebreak[k - 1], tiebreak[k]);
                }
            foreach (var site in sites) ordered.Add(site);
        }

        var nodes = new List<NodeSite>(ordered.Count + 2)
        {
            new() { Kind = NodeRole.Source, Lat = SourceLat, Lon = SourceLon, CoastDistanceKm = 0, Population = 0,
                    BorderDepartment = false, Organization = 0, Country = -1, Department = -1, Suitability = 0 },
        };
        nodes.AddRange(ordered);
        nodes.Add(new() { Kind = NodeRole.Market, Lat = MarketLat, Lon = MarketLon, CoastDistanceKm = double.PositiveInfinity,
                          Population = 0, BorderDepartment = false, Organization = 0, Country = -1, Department = -1, Suitability = 0 });
        CheckOrganizations(p, nodes);
        return nodes;
    }

    /// <summary>Per-thread scratch for <see cref="Pick"/>.</summary>
    private sealed class PickScratch(int cells, int wanted)
    {
        public readonly Cell[] Above = new Cell[cells];
        public readonly bool[] Used = new bool[cells];
        public readonly Cell[] Chosen = new Cell[wanted];
    }

    /// <summary>
    /// One department's transit nodes (R18) into <paramref name="sites"/>, with their random tie-breaks and the
    /// department's key, which order them along the strip. Returns how many (fewer than wanted only when the
    /// department has fewer cells).
    /// </summary>
    private static int Pick(LandscapeParameters p, StripFrame frame, ReadOnlySpan<Cell> cells, int d, bool border, double cutoff,
        ulong seed, int run, PickScratch scratch, Span<NodeSite> sites, Span<double> tiebreak, out double deptKey)
    {
        var rng = new RngStream(seed, run, RandomStreams.NodePick, d, 0);
        // Random cells above the cut-off; the department's best cells fill in when too few qualify (R18).
        int wanted = p.NodesPerDepartment, aboveCount = 0;
        var above = scratch.Above;
        foreach (var c in cells)
            if (c.Suitability > cutoff) above[aboveCount++] = c;
        Shuffle(above.AsSpan(0, aboveCount), ref rng);
        var chosen = scratch.Chosen;
        int count = 0;
        for (int i = 0; i < Math.Min(wanted, aboveCount); i++) chosen[count++] = above[i];
        // The rest by descending suitability, earlier cells first on ties (a stable sort's order).
        var used = scratch.Used.AsSpan(0, cells.Length);
        used.Clear();
        while (count < wanted)
        {
            int best = -1;
            for (int i = 0; i < cells.Length; i++)
                if (!used[i] && cells[i].Suitability <= cutoff && (best < 0 || cells[i].Suitability > cells[best].Suitability)) best = i;
            if (best < 0) break;
            used[best] = true;
            chosen[count++] = cells[best];
        }
        double maxLat = double.NegativeInfinity, maxLon = double.NegativeInfinity;
        for (int i = 0; i < count; i++)
        {
            var site = Site(frame, chosen[i], d, border, p.Organizations);
            maxLat = Math.Max(maxLat, site.Lat);
            maxLon = Math.Max(maxLon, site.Lon);
            sites[i] = site;
        }
        // Departments are ordered by the key on their maximum lat and lon; random order within one (R18).
        deptKey = Math.Sqrt(0.9 * Square(maxLat) + 0.1 * Square(maxLon));
        for (int i = 0; i < count; i++) tiebreak[i] = rng.NextDouble();
        return count;
    }

    /// <summary>
    /// The organization holding a cell at along-strip position <paramref name="u"/> (0 = south-east .. 1) and
    /// across-share <paramref name="v"/> (&lt; 0 = Pacific side), for K = <paramref name="organizations"/>.
    /// K = 2 is R18's coast-side split: 1 Pacific, 2 Caribbean. Scale extension for any other K (not in
    /// NarcoLogic): the strip is cut along its length into B = ceil(K/2) bands of equal length (by u), and
    /// each band by coast side, so band b (0-based) holds organizations 2b + 1 (Pacific) and 2b + 2
    /// (Caribbean); when K is odd the last band is not split and is organization K (K = 1: one organization).
    /// </summary>
    public static int OrganizationOf(double u, double v, int organizations)
    {
        int bands = (organizations + 1) / 2;
        int band = Math.Min(bands - 1, (int)(u * bands));
        if (organizations % 2 == 1 && band == bands - 1) return organizations;
        return 2 * band + (v < 0 ? 1 : 2);
    }

    /// <summary>Every organization must hold at least one transit node; a scenario that leaves one empty is unusable.</summary>
    private static void CheckOrganizations(LandscapeParameters p, List<NodeSite> nodes)
    {
        int k = p.Organizations;
        var count = new int[k + 1];
        foreach (var s in nodes) count[s.Organization]++; // source and market count for 0
        for (int org = 1; org <= k; org++)
        {
            if (count[org] > 0) continue;
            int bands = (k + 1) / 2, band = (org - 1) / 2, transit = nodes.Count - 2;
            string where = k % 2 == 1 && org == k ? $"band {band + 1} of {bands}" : $"the {(org % 2 == 1 ? "Pacific" : "Caribbean")} side of band {band + 1} of {bands}";
            throw new ScenarioException(FormattableString.Invariant(
                $"key 'landscape.organizations' = {k}: organization {org} ({where} along the strip) gets no transit node; {transit} transit nodes make about {(double)transit / bands:0.#} per band, too few to give each band's organizations a node each. Use fewer organizations or more departments (landscape.departments)"));
        }
    }

    private static void MakeCells(LandscapeParameters p, int d, int departments, bool border, ulong seed, int run, Span<Cell> cells)
    {
        var rng = new RngStream(seed, run, RandomStreams.LandscapeCells, d, 0);
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
            cells[i] = new Cell(u, v, population, suit);
        }
    }

    private static NodeSite Site(StripFrame frame, Cell c, int dept, bool border, int organizations)
    {
        var (lat, lon, coastKm) = frame.ToGeo(c.U, c.V);
        int country = 0;
        while (country < Borders.Length && c.U > Borders[country]) country++;
        return new NodeSite
        {
            Kind = NodeRole.Transit, Lat = lat, Lon = lon, CoastDistanceKm = coastKm, Population = c.Population,
            BorderDepartment = border, Organization = OrganizationOf(c.U, c.V, organizations), Country = country, Department = dept, Suitability = c.Suitability,
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
        double h = (values.Length - 1) * percent / 100.0;
        int lo = (int)Math.Floor(h);
        // Order statistics lo and lo + 1 by selection (values are reordered): the percentile needs two values, not a sort.
        Selection.NthElement(values.AsSpan(), lo, new DoubleAscending());
        double below = values[lo], above = below;
        if (lo + 1 < values.Length)
        {
            above = double.PositiveInfinity;
            foreach (double v in values.AsSpan(lo + 1)) above = Math.Min(above, v);
        }
        return below + (h - lo) * (above - below);
    }

    private static void Shuffle<T>(Span<T> list, ref RngStream rng)
    {
        for (int i = list.Length - 1; i > 0; i--)
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
