using System.Text.RegularExpressions;
using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Recording;
using TraffickingAbm.Models;

namespace TraffickingAbm.Experiments.Docs;

/// <summary>
/// The parts of docs/scenarios.md and docs/output-schema.md that are generated from the declarations: blocks between
/// <c>&lt;!-- generated: parameters MODEL SECTION --&gt;</c> (or <c>columns MODEL TABLE</c>) and
/// <c>&lt;!-- end generated --&gt;</c>. <c>tabm docs</c> rewrites them; a test fails when a doc is stale.
/// </summary>
public static partial class GeneratedDocs
{
    public const string TopLevel = "top-level";

    /// <summary>The owner named in the blocks of the tables <c>tabm compare</c> writes.</summary>
    public const string CompareOwner = "compare";
    public static readonly string[] Files = ["docs/scenarios.md", "docs/output-schema.md"];

    [GeneratedRegex(@"(<!-- generated: (parameters|columns) ([a-z0-9-]+) ([a-z0-9_-]+) -->\n)(.*?)(<!-- end generated -->)", RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>The text with every generated block rewritten from the registered models' declarations.</summary>
    public static string Update(string text, string file) => Block().Replace(text.Replace("\r\n", "\n"), m =>
    {
        string kind = m.Groups[2].Value, modelName = m.Groups[3].Value, name = m.Groups[4].Value;
        if (kind == "columns" && modelName == CompareOwner)
            return m.Groups[1].Value + CompareColumns(name, file) + m.Groups[6].Value;
        var model = ModelRegistry.Find(modelName) ?? throw new InvalidDataException($"{file}: generated block names unknown model '{modelName}'");
        return m.Groups[1].Value + (kind == "parameters" ? Parameters(model, name, file) : Columns(model, name, file)) + m.Groups[6].Value;
    });

    /// <summary>The blocks a file holds, as (kind, model, name).</summary>
    public static IEnumerable<(string Kind, string Model, string Name)> Blocks(string text) =>
        Block().Matches(text.Replace("\r\n", "\n")).Select(m => (m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value));

    private static string Parameters(IModelFactory model, string section, string file)
    {
        string name = section == TopLevel ? "" : section;
        var info = model.Parameters.SectionsInOrder.FirstOrDefault(s => s.Name == name)
            ?? throw new InvalidDataException($"{file}: model '{model.Name}' has no parameter section '{section}'");
        return ParameterDocs.SectionTable(info, model.Parameters.Defaults);
    }

    private static string CompareColumns(string table, string file) =>
        TableDocs.ColumnTable(Compare.CompareParquet.Tables.FirstOrDefault(t => t.Name == table)
            ?? throw new InvalidDataException($"{file}: tabm compare writes no table '{table}'"));

    private static string Columns(IModelFactory model, string table, string file)
    {
        var schema = model.Tables.FirstOrDefault(t => t.Name == table)
            ?? throw new InvalidDataException($"{file}: model '{model.Name}' has no table '{table}'");
        return TableDocs.ColumnTable(schema);
    }
}
