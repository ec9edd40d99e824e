using TraffickingAbm.Models.NarcoLogic;
using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests;

/// <summary>The user documentation names every scenario key and every output column the code declares.</summary>
public class DocsConsistencyTests
{
    private static string Doc(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TraffickingAbm.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, "docs", name));
    }

    [Fact]
    public void ScenarioDocsListEveryParameterInItsSection()
    {
        string doc = Doc("scenarios.md");
        foreach (var spec in NarcoLogicParameters.Schema.All)
        {
            int dot = spec.Key.IndexOf('.');
            if (dot < 0) { Assert.Contains($"`{spec.Key}`", doc); continue; }
            string section = spec.Key[..dot], name = spec.Key[(dot + 1)..];
            int at = doc.IndexOf($"### {section}", StringComparison.Ordinal);
            Assert.True(at >= 0, $"docs/scenarios.md has no section '### {section}'");
            int next = doc.IndexOf("\n### ", at + 4, StringComparison.Ordinal);
            string body = next < 0 ? doc[at..] : doc[at..next];
            Assert.True(body.Contains($"`{name}`", StringComparison.Ordinal), $"docs/scenarios.md, section {section}, does not list `{name}`");
        }
    }

    [Fact]
    public void OutputSchemaDocsListEveryColumn()
    {
        string doc = Doc("output-schema.md");
        var model = new NarcoLogicModel(ScenarioLoader.Load("baseline", ["output.nodes=true", "ticks=1"]), 1);
        foreach (var table in model.Tables)
        {
            Assert.Contains($"{table.Name}.parquet", doc);
            foreach (var column in table.Columns)
                Assert.True(doc.Contains($"| {column.Name} |", StringComparison.Ordinal) || doc.Contains($"`{column.Name}`", StringComparison.Ordinal),
                    $"docs/output-schema.md does not document {table.Name}.{column.Name}");
        }
    }
}
