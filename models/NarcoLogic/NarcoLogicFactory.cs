using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models.Organizations;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary><c>model: narcologic</c>: Magliocca et al. (2019)'s cocaine corridor with organizations and targeting.</summary>
public sealed class NarcoLogicFactory : IModelFactory
{
    public static NarcoLogicFactory Instance { get; } = new();

    public string Name => "narcologic";
    public string Description => "NarcoLogic (Magliocca et al. 2019): cocaine routed north through a Central-America-like corridor under adaptive interdiction";
    public ParameterSchema Parameters => NarcoLogicParameters.Schema;

    public IReadOnlyList<TableSchema> Tables { get; } =
        [RunsTable.Schema, TicksTable.Schema, OrganizationTicksTable.Schema, RolesTable.Schema, EventsTable.Schema, NodesTable.Schema];

    public IModel Build(ParameterSet parameters, RunContext run) => new NarcoLogicModel(new NarcoLogicParameters(parameters), run);

    public ParameterProblem? Check(ParameterSet set)
    {
        var p = new NarcoLogicParameters(set);
        if (p.Interdiction.SlMin > p.Interdiction.SlMax)
            return new($"key 'interdiction.sl_min' = {p.Interdiction.SlMin} must not exceed 'interdiction.sl_max' = {p.Interdiction.SlMax}",
                ["interdiction.sl_min", "interdiction.sl_max"]);
        if (p.Landscape.NodesPerDepartment > p.Landscape.CellsPerDepartment)
            return new($"key 'landscape.nodes_per_department' = {p.Landscape.NodesPerDepartment} must not exceed 'landscape.cells_per_department' = {p.Landscape.CellsPerDepartment}",
                ["landscape.nodes_per_department", "landscape.cells_per_department"]);
        bool csv = p.Landscape.GraphIsCsv;
        if (csv && p.Landscape.GraphEdges.Length == 0)
            return new("key 'landscape.graph' is a nodes CSV; give its edges CSV as 'landscape.graph_edges'", ["landscape.graph", "landscape.graph_edges"]);
        if (!csv && p.Landscape.GraphEdges.Length > 0)
            return new("key 'landscape.graph_edges' needs 'landscape.graph' to be a nodes CSV", ["landscape.graph_edges", "landscape.graph"]);
        long transitNodes = (long)p.Landscape.Departments * p.Landscape.NodesPerDepartment;
        if (p.Landscape.Graph.Length == 0 && p.Landscape.Organizations > transitNodes)
            return new($"key 'landscape.organizations' = {p.Landscape.Organizations} must not exceed the {transitNodes} transit nodes (landscape.departments {p.Landscape.Departments} x landscape.nodes_per_department {p.Landscape.NodesPerDepartment}): every organization needs at least one node",
                ["landscape.organizations", "landscape.departments", "landscape.nodes_per_department"]);
        return null;
    }
}
