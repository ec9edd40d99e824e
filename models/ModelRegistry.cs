using TraffickingAbm.Engine.Model;
using TraffickingAbm.Engine.Parameters;
using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models;

/// <summary>
/// The models a scenario's <c>model:</c> key can name. The built-ins are registered here; a model written elsewhere
/// (a test's, a user's) is added with <see cref="Register"/> and then runs through every path that the built-ins do.
/// </summary>
public static class ModelRegistry
{
    /// <summary>The model of a scenario that names none.</summary>
    public const string DefaultModel = "narcologic";

    private static readonly object Gate = new();
    private static IReadOnlyList<IModelFactory> _models = [NarcoLogicFactory.Instance];

    public static IReadOnlyList<IModelFactory> All => _models;

    public static IEnumerable<string> Names => _models.Select(m => m.Name);

    /// <summary>Adds a model; registering the same factory again does nothing, another one of a taken name is an error.</summary>
    public static void Register(IModelFactory factory)
    {
        lock (Gate)
        {
            if (_models.FirstOrDefault(m => m.Name == factory.Name) is { } existing)
            {
                if (ReferenceEquals(existing, factory) || existing.GetType() == factory.GetType()) return;
                throw new ArgumentException($"a model named '{factory.Name}' is already registered");
            }
            _models = [.. _models, factory];
        }
    }

    public static IModelFactory? Find(string name) => _models.FirstOrDefault(m => m.Name == name);

    /// <summary>"unknown model 'x' (did you mean 'y'?); models: …".</summary>
    public static string UnknownText(string name)
    {
        string hint = DidYouMean.Closest(name, Names) is { } s ? $" (did you mean '{s}'?)" : "";
        return $"unknown model '{name}'{hint}; models: {string.Join(", ", Names)}";
    }
}
