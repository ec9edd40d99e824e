namespace TraffickingAbm.Engine.Random;

/// <summary>A named random stream: its id in the key (seed, run, stream, entity, tick), what draws from it, and its entity.</summary>
public sealed record RandomStream(int Id, string Name, string Entity, string Draws);

/// <summary>
/// The random streams of a family of models, declared in one place so that no two decisions share a stream by
/// accident (determinism rule 1, docs/architecture.md). Registering an id or a name twice is an error.
/// </summary>
public sealed class RandomStreamRegistry
{
    private readonly List<RandomStream> _streams = new();

    public IReadOnlyList<RandomStream> All => _streams;

    public int Register(int id, string name, string entity, string draws)
    {
        if (_streams.Exists(s => s.Id == id)) throw new InvalidOperationException($"random stream {id} is registered twice ('{name}')");
        if (_streams.Exists(s => s.Name == name)) throw new InvalidOperationException($"random stream '{name}' is registered twice");
        _streams.Add(new RandomStream(id, name, entity, draws));
        return id;
    }
}
