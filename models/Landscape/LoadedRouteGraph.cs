using TraffickingAbm.Engine.Graphs;
using TraffickingAbm.Engine.Parallel;
using TraffickingAbm.Models.Trafficking;
using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Landscape;

/// <summary>
/// A user's route graph (landscape.graph: GraphML, or a nodes and an edges CSV) as NarcoLogic's route graph: the file's
/// nodes become sites in topological order and its edges the graph; prices, costs, capacities and initial SLPROB follow
/// R15 and R17 as for the synthetic strip, except where an edge gives its own distance, capacity or cost.
/// </summary>
public static class LoadedRouteGraph
{
    public static RouteGraph Load(LandscapeParameters landscape, SupplyParameters supply, BlockRunner? parallel = null)
    {
        var file = landscape.GraphIsCsv
            ? RouteGraphCsv.Load(landscape.Graph, landscape.GraphEdges)
            : RouteGraphGraphMl.Load(landscape.Graph);
        var countries = file.Nodes.Select(n => n.Country).Distinct(StringComparer.Ordinal).ToList();
        var sites = file.Nodes.Select(n => new NodeSite
        {
            Kind = n.Role, Lat = n.Lat, Lon = n.Lon, CoastDistanceKm = n.CoastKm, Population = n.Population,
            BorderDepartment = n.Border, Organization = n.Organization, Country = countries.IndexOf(n.Country),
            Department = -1, Suitability = n.Suitability,
        }).ToList();
        CheckOrganizations(file);
        var csr = CsrGraph.FromSortedEdges(sites.Count, file.Edges.Select(e => e.From).ToArray(), file.Edges.Select(e => e.To).ToArray());
        var routes = RouteGraphBuilder.FromEdges(sites, csr, landscape, supply, parallel, countries);
        ApplyEdgeAttributes(file, routes);
        return routes.CheckSingleChain(file.Origin);
    }

    /// <summary>NarcoLogic's territories: every transit node and crossing is held by an organization, numbered 1..K with none missing.</summary>
    private static void CheckOrganizations(RouteGraphFile file)
    {
        var held = new SortedSet<int>();
        foreach (var n in file.Nodes)
        {
            if (n.Role is NodeRole.Source or NodeRole.PrecursorSource or NodeRole.Market) continue;
            if (n.Organization < 1)
                throw new GraphException($"{file.Origin}: node '{n.Id}' ({NodeRoleNames.Name(n.Role)}) has no organization; NarcoLogic needs every transit node and crossing held by an organization 1, 2, …");
            held.Add(n.Organization);
        }
        if (held.Count > 0 && held.Max != held.Count)
            throw new GraphException($"{file.Origin}: organizations must be numbered 1..K with none missing; the nodes hold {string.Join(", ", held)}");
    }

    /// <summary>An edge's own distance, capacity or cost replaces the one computed from the sites (R15, and the capacity default).</summary>
    private static void ApplyEdgeAttributes(RouteGraphFile file, RouteGraph routes)
    {
        var g = routes.Graph;
        foreach (var edge in file.Edges)
        {
            int e = g.FindEdge(edge.From, edge.To);
            if (edge.DistanceKm is double d) routes.DistanceKm[e] = d;
            if (edge.CapacityKg is double c) routes.CapacityKg[e] = c;
            if (edge.CostUsdPerKg is double k) routes.BaseCostUsdPerKg[e] = k;
        }
    }
}
