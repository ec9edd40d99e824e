using System.Xml;
using System.Xml.Linq;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>One GraphML &lt;key&gt;: the column it stands for, and its &lt;default&gt; value if it has one.</summary>
internal sealed record GraphMlKey(string Id, string Domain, FieldSpec Spec, RawField? Default);

/// <summary>
/// The &lt;key&gt; declarations of a GraphML file (GraphML Primer, graphml.graphdrawing.org, section 4 "Data"),
/// checked against the route-graph columns: for="node" or "edge", a known attr.name, an attr.type that can
/// hold the column's values.
/// </summary>
internal static class GraphMlKeys
{
    /// <summary>Node attributes that come from data keys (the node id is the &lt;node&gt; element's id attribute).</summary>
    private static readonly IReadOnlyList<FieldSpec> NodeData = RouteGraphColumns.Node.Where(s => s != RouteGraphColumns.Id).ToArray();

    /// <summary>Edge attributes that come from data keys (the ends are the &lt;edge&gt; element's source and target).</summary>
    private static readonly IReadOnlyList<FieldSpec> EdgeData =
        RouteGraphColumns.Edge.Where(s => s != RouteGraphColumns.From && s != RouteGraphColumns.To).ToArray();

    public static Dictionary<string, GraphMlKey> Read(string path, IEnumerable<XElement> keys)
    {
        var byId = new Dictionary<string, GraphMlKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            int line = LineOf(key);
            string id = Required(path, key, "id");
            string domain = Required(path, key, "for");
            var specs = domain switch
            {
                "node" => NodeData,
                "edge" => EdgeData,
                _ => throw GraphInput.At(path, line, $"key '{id}' has for=\"{domain}\"; allowed: node, edge"),
            };
            string name = Required(path, key, "attr.name");
            var spec = specs.FirstOrDefault(s => s.Name == name)
                ?? throw GraphInput.At(path, line, RouteGraphColumns.UnknownName($"{domain} attribute", name, RouteGraphColumns.Names(specs)));
            CheckType(path, line, id, spec, (string?)key.Attribute("attr.type") ?? "string");
            if (byId.Values.FirstOrDefault(k => k.Domain == domain && k.Spec == spec) is { } twin)
                throw GraphInput.At(path, line, $"key '{id}' declares {domain} attribute '{name}' again (key '{twin.Id}' already does)");
            var fallback = key.Element(RouteGraphGraphMl.Ns + "default") is { } d ? new RawField(d.Value.Trim(), LineOf(d)) : (RawField?)null;
            if (!byId.TryAdd(id, new GraphMlKey(id, domain, spec, fallback)))
                throw GraphInput.At(path, line, $"key id '{id}' is declared twice");
        }
        return byId;
    }

    public static int LineOf(XObject x) => ((IXmlLineInfo)x).LineNumber;

    /// <summary>A required, non-empty XML attribute of <paramref name="element"/>.</summary>
    public static string Required(string path, XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } value
            ? value
            : throw GraphInput.At(path, LineOf(element), $"<{element.Name.LocalName}> has no '{attribute}' attribute");

    private static void CheckType(string path, int line, string id, FieldSpec spec, string type)
    {
        string[] allowed = spec.Kind switch
        {
            FieldKind.Real => ["double", "float", "int", "long"],
            FieldKind.Integer => ["int", "long"],
            FieldKind.Boolean => ["boolean"],
            _ => ["string"],
        };
        if (!allowed.Contains(type))
            throw GraphInput.At(path, line, $"key '{id}' (attr.name '{spec.Name}') has attr.type '{type}'; allowed: {string.Join(", ", allowed)}");
    }
}
