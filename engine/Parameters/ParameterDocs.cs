using System.Text;

namespace TraffickingAbm.Engine.Parameters;

/// <summary>The Markdown tables of docs/scenarios.md, generated from the declarations (so the doc cannot drift).</summary>
public static class ParameterDocs
{
    /// <summary>One section's table: key, type, default, allowed, unit, meaning, source.</summary>
    public static string SectionTable(ParameterSchema.SectionInfo section, ParameterSet defaults)
    {
        var b = new StringBuilder();
        b.Append("| key | type | default | allowed | unit | meaning | source |\n|---|---|---|---|---|---|---|\n");
        foreach (var p in section.Parameters)
        {
            string type = p.Kind switch
            {
                ParameterKind.Integer => "integer",
                ParameterKind.Real => "number",
                ParameterKind.Switch => "switch",
                ParameterKind.Path => "path",
                _ => "choice",
            };
            b.Append($"| `{p.Name}` | {type} | {Cell(p.Format(defaults.Value(p)))} | {Cell(p.AllowedText)} | {Cell(p.Unit)} | {Cell(p.Meaning)} | {Cell(p.Citation)} |\n");
        }
        return b.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
