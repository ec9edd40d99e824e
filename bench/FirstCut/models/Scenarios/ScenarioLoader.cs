using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraffickingAbm.FirstCut.Models.Scenarios;

/// <summary>
/// Reads scenario YAML (a file or a built-in) strictly: every key must be a declared parameter, every
/// value of the declared kind and range. Missing keys keep their defaults. Errors are
/// <see cref="ScenarioException"/>s naming file, line, key and the allowed values.
/// </summary>
public static class ScenarioLoader
{
    private static readonly string[] MetaKeys = ["name", "description"];

    /// <summary>Names of the scenarios shipped inside the assembly.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(ScenarioLoader).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("scenarios/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n["scenarios/".Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Resolves a scenario reference: a built-in name, else a path to a YAML file. Then applies the
    /// <c>key=value</c> overrides, validated like the file.
    /// </summary>
    public static Scenario Load(string nameOrPath, IReadOnlyList<string>? overrides = null)
    {
        var scenario = BuiltInNames.Contains(nameOrPath) ? LoadBuiltIn(nameOrPath) : LoadFile(nameOrPath);
        return overrides is { Count: > 0 } ? WithOverrides(scenario, overrides) : scenario;
    }

    public static Scenario LoadBuiltIn(string name)
    {
        using var stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream($"scenarios/{name}.yaml")
            ?? throw new ScenarioException($"unknown built-in scenario '{name}'; built-ins: {string.Join(", ", BuiltInNames)}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"builtin:{name}", name);
    }

    public static Scenario LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file (and no built-in scenario of that name; built-ins: " + string.Join(", ", BuiltInNames) + ")",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            throw new ScenarioException($"{path}: cannot read scenario: {why}");
        }
        return Parse(text, Path.GetFullPath(path), Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses scenario YAML. <paramref name="origin"/> names the text in error messages.</summary>
    public static Scenario Parse(string yaml, string origin, string defaultName)
    {
        var root = ReadRoot(yaml, origin);
        var parameters = new ScenarioParameters();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        string name = defaultName, description = "";

        foreach (var (keyNode, valueNode) in root.Children)
        {
            string key = KeyText(keyNode, origin);
            if (MetaKeys.Contains(key))
            {
                string text = ScalarText(valueNode, origin, key, "a text");
                if (key == "name") name = text; else description = text;
                continue;
            }
            if (ParameterCatalog.Sections.Contains(key))
            {
                if (valueNode is not YamlMappingNode section)
                    throw Error(origin, valueNode, $"key '{key}' must be a mapping of parameters (keys: {KnownIn(key)})");
                foreach (var (childKey, childValue) in section.Children)
                    Assign(parameters, $"{key}.{KeyText(childKey, origin)}", childKey, childValue, origin, lines);
                continue;
            }
            Assign(parameters, key, keyNode, valueNode, origin, lines);
        }

        CheckConsistency(parameters, key => lines.TryGetValue(key, out int line) ? $"{origin}:{line}" : origin);
        return new Scenario { Name = name, Description = description, Source = origin, Parameters = parameters };
    }

    /// <summary>Applies <c>key=value</c> overrides (from --set) to a copy of the scenario.</summary>
    public static Scenario WithOverrides(Scenario scenario, IReadOnlyList<string> overrides)
    {
        var parameters = scenario.Parameters.Clone();
        foreach (string item in overrides)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new ScenarioException($"--set {item}: expected key=value, for example --set interdiction.sl_min=38");
            string key = item[..eq].Trim(), value = item[(eq + 1)..];
            var spec = ParameterCatalog.Find(key) ?? throw new ScenarioException($"--set {item}: {UnknownKeyText(key)}");
            string? error = spec.TrySet(parameters, value);
            if (error is not null) throw new ScenarioException($"--set {item}: key '{key}' {error}");
        }
        CheckConsistency(parameters, _ => "--set");
        return new Scenario
        {
            Name = scenario.Name, Description = scenario.Description, Source = scenario.Source,
            Parameters = parameters, Overrides = [.. scenario.Overrides, .. overrides],
        };
    }

    /// <summary>Rules that involve more than one parameter.</summary>
    private static void CheckConsistency(ScenarioParameters p, Func<string, string> where)
    {
        if (p.Interdiction.SlMin > p.Interdiction.SlMax)
            throw new ScenarioException($"{where("interdiction.sl_min")}: key 'interdiction.sl_min' = {p.Interdiction.SlMin} must not exceed 'interdiction.sl_max' = {p.Interdiction.SlMax}");
        if (p.Landscape.NodesPerDepartment > p.Landscape.CellsPerDepartment)
            throw new ScenarioException($"{where("landscape.nodes_per_department")}: key 'landscape.nodes_per_department' = {p.Landscape.NodesPerDepartment} must not exceed 'landscape.cells_per_department' = {p.Landscape.CellsPerDepartment}");
    }

    private static void Assign(ScenarioParameters parameters, string key, YamlNode keyNode, YamlNode valueNode, string origin, Dictionary<string, int> lines)
    {
        var spec = ParameterCatalog.Find(key) ?? throw Error(origin, keyNode, UnknownKeyText(key));
        if (lines.ContainsKey(key)) throw Error(origin, keyNode, $"key '{key}' is given twice");
        string text = ScalarText(valueNode, origin, key, spec.AllowedText);
        string? error = spec.TrySet(parameters, text);
        if (error is not null) throw Error(origin, valueNode, $"key '{key}' {error}");
        lines[key] = (int)keyNode.Start.Line;
    }

    private static YamlMappingNode ReadRoot(string yaml, string origin)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            string detail = e.InnerException?.Message ?? e.Message;
            int cut = detail.IndexOf(": ", StringComparison.Ordinal);
            if (detail.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) detail = detail[(cut + 2)..];
            throw new ScenarioException($"{origin}:{e.Start.Line}: YAML syntax error: {detail}");
        }
        if (stream.Documents.Count == 0) throw new ScenarioException($"{origin}: the scenario is empty; expected a mapping such as 'ticks: 180'");
        if (stream.Documents.Count > 1) throw new ScenarioException($"{origin}: holds {stream.Documents.Count} YAML documents; a scenario is one");
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(origin, stream.Documents[0].RootNode, "the scenario must be a mapping of keys to values, such as 'ticks: 180'");
    }

    private static string KeyText(YamlNode key, string origin) =>
        key is YamlScalarNode { Value: { } v } ? v : throw Error(origin, key, "keys must be plain names");

    private static string ScalarText(YamlNode node, string origin, string key, string allowed) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } v } => v,
        YamlScalarNode => throw Error(origin, node, $"key '{key}' has no value; allowed: {allowed}"),
        _ => throw Error(origin, node, $"key '{key}' must be a single value ({allowed}), not a {(node is YamlMappingNode ? "mapping" : "list")}"),
    };

    private static string UnknownKeyText(string key)
    {
        string section = key.Contains('.') ? key[..key.IndexOf('.')] : "";
        string hint = Suggest(key) is { } s ? $"; did you mean '{s}'?" : "";
        string known = ParameterCatalog.Sections.Contains(section)
            ? $" Keys in '{section}': {KnownIn(section)}"
            : $" Top-level keys: {string.Join(", ", MetaKeys.Concat(ParameterCatalog.All.Where(s => !s.Key.Contains('.')).Select(s => s.Key)).Concat(ParameterCatalog.Sections))}";
        return $"unknown key '{key}'{hint}.{known}";
    }

    private static string KnownIn(string section) =>
        string.Join(", ", ParameterCatalog.All.Where(s => s.Key.StartsWith(section + ".", StringComparison.Ordinal)).Select(s => s.Key[(section.Length + 1)..]));

    /// <summary>The closest declared key by edit distance, when close enough to be a likely typo.</summary>
    private static string? Suggest(string key)
    {
        var best = ParameterCatalog.All.Select(s => (s.Key, Distance: EditDistance(key, s.Key))).MinBy(x => x.Distance);
        return best.Distance <= Math.Max(2, key.Length / 4) ? best.Key : null;
    }

    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    private static ScenarioException Error(string origin, YamlNode node, string message) =>
        new($"{origin}:{node.Start.Line}: {message}");
}
