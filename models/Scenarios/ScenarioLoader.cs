using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Engine.Runs;
using YamlDotNet.RepresentationModel;

namespace TraffickingAbm.Models.Scenarios;

/// <summary>
/// Reads scenario YAML (a file or a built-in) strictly: its <c>model:</c> key (default narcologic) picks the
/// model, and every other key must be one of that model's declared parameters, every
/// value of the declared kind and range. Missing keys keep their defaults. Errors are
/// <see cref="ScenarioException"/>s naming file, line, key and the allowed values.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Top-level keys that are not parameters.</summary>
    public static readonly string[] MetaKeys = ["name", "description", "model"];

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
        string text = YamlInput.ReadFile(path, "scenario", Fail,
            " (and no built-in scenario of that name; built-ins: " + string.Join(", ", BuiltInNames) + ")");
        return Parse(text, Path.GetFullPath(path), Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses scenario YAML. <paramref name="origin"/> names the text in error messages.</summary>
    public static Scenario Parse(string yaml, string origin, string defaultName)
    {
        var root = ReadRoot(yaml, origin);
        var model = ModelOf(root, origin);
        var schema = model.Parameters;
        var parameters = schema.Defaults;
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        string name = defaultName, description = "";

        foreach (var (keyNode, valueNode) in root.Children)
        {
            string key = KeyText(keyNode, origin);
            if (MetaKeys.Contains(key))
            {
                string text = ScalarText(valueNode, origin, key, "a text");
                if (key == "name") name = text; else if (key == "description") description = text;
                continue;
            }
            if (schema.Sections.Contains(key))
            {
                if (valueNode is not YamlMappingNode section)
                    throw Error(origin, valueNode, $"key '{key}' must be a mapping of parameters (keys: {schema.KeysIn(key)})");
                foreach (var (childKey, childValue) in section.Children)
                    parameters = Assign(parameters, $"{key}.{KeyText(childKey, origin)}", childKey, childValue, origin, lines);
                continue;
            }
            parameters = Assign(parameters, key, keyNode, valueNode, origin, lines);
        }

        CheckConsistency(model, parameters, keys => keys.Where(lines.ContainsKey).Select(k => $"{origin}:{lines[k]}").FirstOrDefault() ?? origin);
        return new Scenario { Name = name, Description = description, Source = origin, Model = model, Parameters = parameters };
    }

    /// <summary>The model named by the <c>model:</c> key, or the default model.</summary>
    private static IModelFactory ModelOf(YamlMappingNode root, string origin)
    {
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: "model" }) continue;
            string name = ScalarText(valueNode, origin, "model", "one of " + string.Join(", ", ModelRegistry.Names));
            return ModelRegistry.Find(name) ?? throw Error(origin, valueNode, $"key 'model': {ModelRegistry.UnknownText(name)}");
        }
        return ModelRegistry.Find(ModelRegistry.DefaultModel)!;
    }

    /// <summary>Applies <c>key=value</c> overrides (from --set) to a copy of the scenario.</summary>
    /// <param name="origin">How the user gave each override, for messages: "--set key=value" by default.</param>
    public static Scenario WithOverrides(Scenario scenario, IReadOnlyList<string> overrides, Func<string, string>? origin = null)
    {
        origin ??= item => $"--set {item}";
        var schema = scenario.Model.Parameters;
        var parameters = scenario.Parameters;
        foreach (string item in overrides)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new ScenarioException($"{origin(item)}: expected key=value, for example --set interdiction.sl_min=38");
            string key = item[..eq].Trim(), value = item[(eq + 1)..];
            if (key == "model") throw new ScenarioException($"{origin(item)}: the model is chosen in the scenario file ('model: {scenario.Model.Name}'), not with --set");
            var spec = schema.Find(key) ?? throw new ScenarioException($"{origin(item)}: {schema.UnknownKeyText(key, MetaKeys)}");
            object? parsed = spec.TryParse(value, out string? error);
            if (parsed is null) throw new ScenarioException($"{origin(item)}: key '{key}' {error}");
            if (spec.Kind == ParameterKind.Path) parsed = ResolvePath((string)parsed, ""); // --set: relative to the current folder
            parameters = parameters.With(spec, parsed);
        }
        CheckConsistency(scenario.Model, parameters, _ => overrides.Count == 1 ? origin(overrides[0]) : "--set");
        return new Scenario
        {
            Name = scenario.Name, Description = scenario.Description, Source = scenario.Source, Model = scenario.Model,
            Parameters = parameters, Overrides = [.. scenario.Overrides, .. overrides],
        };
    }

    /// <summary>A path given in a scenario file is relative to that file (built-ins and --set: to the current folder);
    /// the resolved, absolute path is what runs and manifests see.</summary>
    private static string ResolvePath(string path, string origin)
    {
        if (path.Length == 0 || Path.IsPathRooted(path)) return path;
        string folder = origin.StartsWith("builtin:", StringComparison.Ordinal) || origin.Length == 0 ? "" : Path.GetDirectoryName(origin) ?? "";
        return Path.GetFullPath(Path.Combine(folder, path));
    }

    /// <summary>Checks a value as the scenario's model would accept it for <paramref name="key"/>: null if it would, else the error.</summary>
    public static string? CheckValue(IModelFactory model, string key, string value)
    {
        var spec = model.Parameters.Find(key);
        if (spec is null) return model.Parameters.UnknownKeyText(key, MetaKeys);
        return spec.TryParse(value, out string? error) is null ? $"key '{key}' {error}" : null;
    }

    /// <summary>Rules that involve more than one parameter, from the model.</summary>
    /// <param name="where">Where to point for the given keys: the file line of the first key the file sets.</param>
    private static void CheckConsistency(IModelFactory model, ParameterSet p, Func<IReadOnlyList<string>, string> where)
    {
        if (model.Check(p) is { } problem) throw new ScenarioException($"{where(problem.Keys)}: {problem.Message}");
    }

    private static ParameterSet Assign(ParameterSet parameters, string key, YamlNode keyNode, YamlNode valueNode, string origin, Dictionary<string, int> lines)
    {
        var spec = parameters.Schema.Find(key) ?? throw Error(origin, keyNode, parameters.Schema.UnknownKeyText(key, MetaKeys));
        if (lines.ContainsKey(key)) throw Error(origin, keyNode, $"key '{key}' is given twice");
        // An empty path ('' or nothing) means none; every other kind needs a value.
        string text = spec.Kind == ParameterKind.Path && valueNode is YamlScalarNode { Value: "" } ? "" : ScalarText(valueNode, origin, key, spec.AllowedText);
        object? value = spec.TryParse(text, out string? error);
        if (value is null) throw Error(origin, valueNode, $"key '{key}' {error}");
        if (spec.Kind == ParameterKind.Path) value = ResolvePath((string)value, origin);
        lines[key] = (int)keyNode.Start.Line;
        return parameters.With(spec, value);
    }

    private static YamlMappingNode ReadRoot(string yaml, string origin) =>
        YamlInput.ReadMapping(yaml, origin, "scenario", "the scenario", "ticks: 180", Fail);

    private static Exception Fail(string message) => new ScenarioException(message);

    private static string KeyText(YamlNode key, string origin) =>
        key is YamlScalarNode { Value: { } v } ? v : throw Error(origin, key, "keys must be plain names");

    private static string ScalarText(YamlNode node, string origin, string key, string allowed) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } v } => v,
        YamlScalarNode => throw Error(origin, node, $"key '{key}' has no value; allowed: {allowed}"),
        _ => throw Error(origin, node, $"key '{key}' must be a single value ({allowed}), not a {(node is YamlMappingNode ? "mapping" : "list")}"),
    };

    private static Exception Error(string origin, YamlNode node, string message) => YamlInput.At(origin, node, message, Fail);
}
