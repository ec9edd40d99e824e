using TraffickingAbm.Experiments.Docs;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Experiments.Tests;

/// <summary>The docs' parameter and column tables are the declarations, regenerated; a stale doc fails here.</summary>
public class GeneratedDocsTests
{
    [Theory]
    [InlineData("docs/scenarios.md")]
    [InlineData("docs/output-schema.md")]
    public void GeneratedTablesAreUpToDate(string file)
    {
        string text = File.ReadAllText(RepoPath.Of(file)).Replace("\r\n", "\n");
        Assert.True(GeneratedDocs.Update(text, file) == text,
            $"{file} is stale: run 'dotnet run --project experiments -- docs' from the repository root and commit the result");
    }

    [Fact]
    public void EveryNarcoLogicSectionAndTableHasItsGeneratedBlock()
    {
        var model = NarcoLogicFactory.Instance;
        var parameters = GeneratedDocs.Blocks(File.ReadAllText(RepoPath.Of("docs/scenarios.md"))).Where(b => b.Kind == "parameters" && b.Model == model.Name).Select(b => b.Name);
        Assert.Equal(model.Parameters.SectionsInOrder.Select(s => s.Name.Length == 0 ? GeneratedDocs.TopLevel : s.Name), parameters);
        var columns = GeneratedDocs.Blocks(File.ReadAllText(RepoPath.Of("docs/output-schema.md"))).Where(b => b.Kind == "columns" && b.Model == model.Name).Select(b => b.Name);
        Assert.Equal(model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), columns.Order(StringComparer.Ordinal));
        var compare = GeneratedDocs.Blocks(File.ReadAllText(RepoPath.Of("docs/output-schema.md"))).Where(b => b.Model == GeneratedDocs.CompareOwner).Select(b => b.Name);
        Assert.Equal(Compare.CompareParquet.Tables.Select(t => t.Name), compare); // every table tabm compare writes
    }

    [Fact]
    public void AStaleBlockIsRewrittenFromTheDeclaration()
    {
        const string stale = "x\n<!-- generated: columns narcologic roles -->\n| old |\n<!-- end generated -->\ny\n";
        string updated = GeneratedDocs.Update(stale, "t.md");
        Assert.NotEqual(stale, updated);
        Assert.Contains("| `exposures` | int32 | members |", updated);
        Assert.StartsWith("x\n<!-- generated: columns narcologic roles -->\n| column |", updated);
        Assert.EndsWith("<!-- end generated -->\ny\n", updated);
        Assert.Equal(updated, GeneratedDocs.Update(updated, "t.md"));
    }
}
