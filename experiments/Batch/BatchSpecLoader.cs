using System.Globalization;
using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Models.Scenarios;
using YamlDotNet.RepresentationModel;

namespace TraffickingAbm.Experiments.Batch;

/// <summary>
/// Reads an experiment spec strictly (docs/experiments.md): unknown keys, wrong types, out-of-range values
/// and factor values a parameter would reject each give one <see cref="SpecException"/> naming the file,
/// line and key.
/// </summary>
public static class BatchSpecLoader
{
    /// <summary>Tables a spec may record for a model: every table it declares but runs (always written) and nodes (nodes_every).</summary>
    public static IReadOnlyList<string> Tables(IModelFactory model) =>
        model.Tables.Select(t => t.Name).Where(n => n is not ("runs" or "nodes")).ToList();
    private static readonly string[] Keys = ["name", "scenario", "set", "ticks", "factors", "design", "replications", "seed", "record", "nodes_every", "chunk_size"];

    public static BatchSpec LoadFile(string path)
    {
        string text = YamlInput.ReadFile(path, "spec", Fail);
        return Parse(text, Path.GetFullPath(path));
    }

    /// <param name="model">The base scenario's model when already known (re-reading a batch folder); null: load the
    /// scenario to find it.</param>
    public static BatchSpec Parse(string yaml, string origin, IModelFactory? model = null)
    {
        var root = Root(yaml, origin);
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in root.Children)
        {
            string key = k is YamlScalarNode { Value: { } s } ? s : throw Error(origin, k, "keys must be plain names");
            if (!Keys.Contains(key)) throw Error(origin, k, $"unknown key '{key}'; allowed: {string.Join(", ", Keys)}");
            if (!seen.TryAdd(key, v)) throw Error(origin, k, $"key '{key}' is given twice");
        }
        string Required(string key) => seen.TryGetValue(key, out var n) ? Scalar(origin, n, key) : throw new SpecException($"{origin}: missing key '{key}'");
        string? Optional(string key) => seen.TryGetValue(key, out var n) ? Scalar(origin, n, key) : null;

        string scenario = Required("scenario");
        // The base scenario's model declares what factors, fixed values and tables may name.
        model ??= ScenarioLoader.Load(BatchRunner.ResolveScenario(scenario, origin)).Model;
        var set = seen.TryGetValue("set", out var setNode) ? ParseSet(origin, setNode, model) : [];
        int? ticks = Optional("ticks") is { } t ? Int(origin, seen["ticks"], "ticks", t, 1, 100_000) : null;
        var factors = seen.TryGetValue("factors", out var fNode) ? ParseFactors(origin, fNode, model) : throw new SpecException($"{origin}: missing key 'factors' (a mapping of parameter keys to levels, ranges or distributions)");
        var design = seen.TryGetValue("design", out var dNode) ? ParseDesign(origin, dNode) : new DesignChoice(DesignKind.Grid);
        if (design.Kind == DesignKind.Grid)
            foreach (var f in factors)
                if (f.Kind == FactorKind.Uniform)
                    throw new SpecException($"{origin}: factor '{f.Key}' is a distribution; a grid needs a list of levels or a range with steps");
        int reps = Optional("replications") is { } r ? Int(origin, seen["replications"], "replications", r, 1, 1_000_000) : 1;
        ulong seed = 1;
        if (Optional("seed") is { } sd && !ulong.TryParse(sd, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            throw Error(origin, seen["seed"], $"key 'seed' must be an integer in 0..{ulong.MaxValue}, got '{sd}'");
        var record = seen.TryGetValue("record", out var recNode) ? ParseRecord(origin, recNode, model) : ["ticks", "events"];
        int nodesEvery = Optional("nodes_every") is { } ne ? Int(origin, seen["nodes_every"], "nodes_every", ne, 0, 100_000) : 0;
        int chunk = Optional("chunk_size") is { } cs ? Int(origin, seen["chunk_size"], "chunk_size", cs, 1, 100_000) : 8;

        var spec = new BatchSpec
        {
            Name = Optional("name") ?? Path.GetFileNameWithoutExtension(origin),
            Scenario = scenario, Model = model, Set = set, Ticks = ticks, Factors = factors, Design = design, Replications = reps,
            Seed = seed, Record = record, NodesEvery = nodesEvery, ChunkSize = chunk, SourceText = yaml, SourcePath = origin,
        };
        long total = (long)DesignPlan.PointCount(spec) * reps;
        if (total > 10_000_000) throw new SpecException($"{origin}: the study has {total} runs; at most 10000000 are allowed");
        return spec;
    }

    private static List<string> ParseSet(string origin, YamlNode node, IModelFactory model)
    {
        if (node is not YamlMappingNode map) throw Error(origin, node, "key 'set' must be a mapping of parameter keys to values");
        var result = new List<string>();
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(origin, k, "set");
            string value = Scalar(origin, v, $"set.{key}");
            CheckValue(origin, v, model, key, value);
            result.Add($"{key}={value}");
        }
        return result;
    }

    private static List<Factor> ParseFactors(string origin, YamlNode node, IModelFactory model)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
            throw Error(origin, node, "key 'factors' must be a non-empty mapping of parameter keys to levels, ranges or distributions");
        var factors = new List<Factor>();
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(origin, k, "factors");
            var spec = model.Parameters.Find(key) ?? throw Error(origin, k, $"factor '{key}' is not a parameter of model '{model.Name}'{Hint(model, key)} (see docs/scenarios.md)");
            if (factors.Exists(f => f.Key == key)) throw Error(origin, k, $"factor '{key}' is given twice");
            bool numeric = spec.Kind is ParameterKind.Integer or ParameterKind.Real;
            switch (v)
            {
                case YamlSequenceNode seq when seq.Children.Count > 0:
                    var levels = seq.Children.Select(c => Scalar(origin, c, $"factors.{key}")).ToList();
                    for (int i = 0; i < levels.Count; i++) CheckValue(origin, seq.Children[i], model, key, levels[i]);
                    factors.Add(new Factor(key, FactorKind.Levels, levels, 0, 0, levels.Count, spec.Kind == ParameterKind.Integer));
                    break;
                case YamlMappingNode m when m.Children.Count is 1 or 2 && numeric:
                    factors.Add(ParseInterval(origin, key, spec, m));
                    break;
                default:
                    throw Error(origin, v, numeric
                        ? $"factor '{key}' must be a list of levels, {{range: [min, max], steps: n}} or {{uniform: [min, max]}}"
                        : $"factor '{key}' must be a list of levels ({spec.AllowedText})");
            }
        }
        return factors;
    }

    private static Factor ParseInterval(string origin, string key, ParameterDeclaration spec, YamlMappingNode m)
    {
        var entries = m.Children.ToDictionary(c => Scalar(origin, c.Key, $"factors.{key}"), c => c.Value);
        bool uniform = entries.ContainsKey("uniform");
        string bounds = uniform ? "uniform" : "range";
        var allowedKeys = uniform ? new[] { "uniform" } : ["range", "steps"];
        foreach (var k in entries.Keys)
            if (!allowedKeys.Contains(k)) throw Error(origin, m, $"factor '{key}': unknown key '{k}'; use {{range: [min, max], steps: n}} or {{uniform: [min, max]}}");
        if (!entries.TryGetValue(bounds, out var b) || b is not YamlSequenceNode { Children.Count: 2 } pair)
            throw Error(origin, m, $"factor '{key}': '{bounds}' must be [min, max]");
        double min = Number(origin, pair.Children[0], key), max = Number(origin, pair.Children[1], key);
        if (!(min < max)) throw Error(origin, pair, $"factor '{key}': min {min} must be below max {max}");
        if (min < spec.Min || max > spec.Max) throw Error(origin, pair, $"factor '{key}': [{min}, {max}] leaves the allowed range {spec.Min.ToString(CultureInfo.InvariantCulture)}..{spec.Max.ToString(CultureInfo.InvariantCulture)}");
        int steps = 0;
        if (!uniform)
        {
            if (!entries.TryGetValue("steps", out var s)) throw Error(origin, m, $"factor '{key}': a range needs 'steps' (levels for a grid, at least 2)");
            steps = Int(origin, s, $"factors.{key}.steps", Scalar(origin, s, "steps"), 2, 100_000);
        }
        return new Factor(key, uniform ? FactorKind.Uniform : FactorKind.Range, [], min, max, steps, spec.Kind == ParameterKind.Integer);
    }

    private static DesignChoice ParseDesign(string origin, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "grid" }) return new DesignChoice(DesignKind.Grid);
        if (node is YamlMappingNode { Children.Count: 1 } m)
        {
            var (k, v) = m.Children.First();
            string name = Scalar(origin, k, "design");
            switch (name)
            {
                case "lhs": return new DesignChoice(DesignKind.LatinHypercube, Int(origin, v, "design.lhs", Scalar(origin, v, "design.lhs"), 1, 10_000_000));
                case "sobol": return new DesignChoice(DesignKind.Sobol, Int(origin, v, "design.sobol", Scalar(origin, v, "design.sobol"), 1, 1_000_000));
                case "morris" when v is YamlMappingNode mm:
                    var e = mm.Children.ToDictionary(c => Scalar(origin, c.Key, "design.morris"), c => c.Value);
                    foreach (var key in e.Keys)
                        if (key is not ("trajectories" or "levels")) throw Error(origin, mm, $"design.morris: unknown key '{key}'; allowed: trajectories, levels");
                    int r = e.TryGetValue("trajectories", out var rn) ? Int(origin, rn, "design.morris.trajectories", Scalar(origin, rn, "trajectories"), 1, 1_000_000) : throw Error(origin, mm, "design.morris needs 'trajectories'");
                    int p = e.TryGetValue("levels", out var pn) ? Int(origin, pn, "design.morris.levels", Scalar(origin, pn, "levels"), 2, 1_000) : 4;
                    if (p % 2 != 0) throw Error(origin, pn!, $"key 'design.morris.levels' must be even (x + Δ must stay on the grid), got {p}");
                    return new DesignChoice(DesignKind.Morris, r, p);
            }
        }
        throw Error(origin, node, "key 'design' must be grid, {lhs: n}, {sobol: N} or {morris: {trajectories: r, levels: p}}");
    }

    private static List<string> ParseRecord(string origin, YamlNode node, IModelFactory model)
    {
        var tables = Tables(model);
        if (node is not YamlSequenceNode seq) throw Error(origin, node, $"key 'record' must be a list drawn from {string.Join(", ", tables)}");
        var list = new List<string>();
        foreach (var c in seq.Children)
        {
            string t = Scalar(origin, c, "record");
            if (!tables.Contains(t)) throw Error(origin, c, $"key 'record': unknown table '{t}'; allowed: {string.Join(", ", tables)} (runs is always written)");
            if (!list.Contains(t)) list.Add(t);
        }
        return list;
    }

    /// <summary>A factor level or fixed value must be one the parameter itself accepts.</summary>
    private static void CheckValue(string origin, YamlNode node, IModelFactory model, string key, string value)
    {
        var spec = model.Parameters.Find(key) ?? throw Error(origin, node, $"'{key}' is not a parameter of model '{model.Name}'{Hint(model, key)} (see docs/scenarios.md)");
        if (spec.TryParse(value, out string? error) is null) throw Error(origin, node, $"'{key}' {error}");
    }

    private static string Hint(IModelFactory model, string key) =>
        DidYouMean.Closest(key, model.Parameters.All.Select(p => p.Key)) is { } s ? $"; did you mean '{s}'?" : "";

    private static int Int(string origin, YamlNode node, string key, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max
            ? v
            : throw Error(origin, node, $"key '{key}' must be an integer in {min}..{max}, got '{text}'");

    private static double Number(string origin, YamlNode node, string key)
    {
        string text = Scalar(origin, node, key);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
            ? d : throw Error(origin, node, $"factor '{key}': '{text}' is not a number");
    }

    private static string Scalar(string origin, YamlNode node, string key) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } v } => v,
        YamlScalarNode => throw Error(origin, node, $"key '{key}' has no value"),
        _ => throw Error(origin, node, $"key '{key}' must be a single value here"),
    };

    private static YamlMappingNode Root(string yaml, string origin) =>
        YamlInput.ReadMapping(yaml, origin, "spec", "a spec", "scenario: baseline", Fail);

    private static Exception Fail(string message) => new SpecException(message);

    private static Exception Error(string origin, YamlNode node, string message) => YamlInput.At(origin, node, message, Fail);
}

/// <summary>An experiment spec that cannot be used; exit code 2 at the CLI.</summary>
public sealed class SpecException(string message) : Exception(message);
