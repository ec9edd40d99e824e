using TraffickingAbm.Models.Trafficking;
using TraffickingAbm.Models.Trafficking.Loading;

namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>docs/route-graphs.md documents every column, role and mode the loaders accept.</summary>
public class RouteGraphDocsTests
{
    [Fact]
    public void EveryColumnRoleAndModeIsDocumented()
    {
        string doc = File.ReadAllText(Path.Combine(GraphFileDir.RepoRoot(), "docs", "route-graphs.md"));
        foreach (var spec in RouteGraphColumns.Node.Concat(RouteGraphColumns.Edge))
            Assert.True(doc.Contains($"| `{spec.Name}` |", StringComparison.Ordinal), $"docs/route-graphs.md has no table row for `{spec.Name}`");
        foreach (string name in NodeRoleNames.All.Concat(RouteGraphColumns.Modes))
            Assert.True(doc.Contains($"`{name}`", StringComparison.Ordinal), $"docs/route-graphs.md does not list `{name}`");
    }
}
