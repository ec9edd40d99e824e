using System.Xml;
using System.Xml.Linq;
using TraffickingAbm.Engine.Graphs;
using static TraffickingAbm.Models.Trafficking.Loading.GraphMlKeys;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>
/// Reads a route graph from one GraphML file (namespace http://graphml.graphdrawing.org/xmlns): one directed
/// &lt;graph&gt; of &lt;node id=..&gt; and &lt;edge source=.. target=..&gt; elements whose &lt;data&gt; carry the
/// same attributes as the CSV columns, declared by &lt;key&gt; elements (docs/route-graphs.md). Nested graphs,
/// ports and hyperedges are not supported; &lt;desc&gt; is ignored.
/// </summary>
public static class RouteGraphGraphMl
{
    internal static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Loads and validates the graph; every problem is a <see cref="GraphException"/> "FILE:LINE: message".</summary>
    public static RouteGraphFile Load(string path)
    {
        var root = Parse(path, GraphInput.ReadText(path, "GraphML file"));
        if (root.Name != Ns + "graphml")
            throw GraphInput.At(path, LineOf(root), $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'; expected <graphml xmlns=\"{Ns.NamespaceName}\">");
        Allow(path, root, "key", "graph");
        var keys = GraphMlKeys.Read(path, root.Elements(Ns + "key"));
        var graphs = root.Elements(Ns + "graph").ToArray();
        if (graphs.Length != 1)
            throw GraphInput.At(path, graphs.Length == 0 ? LineOf(root) : LineOf(graphs[1]), $"the file holds {graphs.Length} <graph> elements; a route graph is one");
        var graph = graphs[0];
        if ((string?)graph.Attribute("edgedefault") is var direction && direction != "directed")
            throw GraphInput.At(path, LineOf(graph), $"<graph> has edgedefault={(direction is null ? "missing" : $"\"{direction}\"")}; allowed: \"directed\" (route edges are one-way)");
        Allow(path, graph, "node", "edge");

        var nodes = graph.Elements(Ns + "node").Select(n => Record(path, n, "node", keys, [("id", "id")])).ToList();
        var edges = graph.Elements(Ns + "edge").Select(e => Edge(path, e, keys)).ToList();
        if (nodes.Count == 0) throw GraphInput.At(path, LineOf(graph), "the graph has no <node> elements");
        if (edges.Count == 0) throw GraphInput.At(path, LineOf(graph), "the graph has no <edge> elements");
        return RouteGraphValidation.Build(path, path, nodes, path, edges);
    }

    private static XElement Parse(string path, string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw GraphInput.At(path, e.LineNumber, "a <!DOCTYPE> (DTD) is not allowed in a route-graph file; remove it");
        }
        catch (XmlException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            throw GraphInput.At(path, e.LineNumber, $"XML syntax error: {(cut > 0 ? message[..cut] : message)}");
        }
    }

    private static RawRecord Edge(string path, XElement edge, Dictionary<string, GraphMlKey> keys)
    {
        if ((string?)edge.Attribute("directed") is { } directed && directed != "true")
            throw GraphInput.At(path, LineOf(edge), $"<edge> has directed=\"{directed}\"; allowed: \"true\" (route edges are one-way)");
        return Record(path, edge, "edge", keys, [("source", "from"), ("target", "to")]);
    }

    /// <summary>A node's or edge's fields: the given XML attributes under their column names, then its &lt;data&gt;, then key defaults.</summary>
    private static RawRecord Record(string path, XElement element, string domain, Dictionary<string, GraphMlKey> keys, (string Attribute, string Column)[] attributes)
    {
        Allow(path, element, "data");
        int line = LineOf(element);
        var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
        foreach (var (attribute, column) in attributes) fields[column] = new RawField(Required(path, element, attribute), line);
        foreach (var data in element.Elements(Ns + "data"))
        {
            string id = Required(path, data, "key");
            if (!keys.TryGetValue(id, out var key) || key.Domain != domain)
            {
                var declared = keys.Values.Where(k => k.Domain == domain).Select(k => k.Id).ToArray();
                throw GraphInput.At(path, LineOf(data), $"<data key=\"{id}\"> names no <key for=\"{domain}\">; declared {domain} keys: {(declared.Length > 0 ? string.Join(", ", declared) : "none")}");
            }
            if (!fields.TryAdd(key.Spec.Name, new RawField(data.Value.Trim(), LineOf(data))))
                throw GraphInput.At(path, LineOf(data), $"field '{key.Spec.Name}' is given twice in this <{domain}>");
        }
        foreach (var key in keys.Values)
            if (key.Domain == domain && key.Default is { } fallback) fields.TryAdd(key.Spec.Name, fallback);
        return new RawRecord(line, fields);
    }

    /// <summary>The element's children must be <paramref name="allowed"/> or &lt;desc&gt;, in the GraphML namespace.</summary>
    private static void Allow(string path, XElement parent, params string[] allowed)
    {
        foreach (var child in parent.Elements())
            if (child.Name.Namespace != Ns || (child.Name.LocalName != "desc" && !allowed.Contains(child.Name.LocalName)))
                throw GraphInput.At(path, LineOf(child), $"<{child.Name.LocalName}> is not supported inside <{parent.Name.LocalName}>; allowed: {string.Join(", ", allowed.Append("desc"))}");
    }
}
