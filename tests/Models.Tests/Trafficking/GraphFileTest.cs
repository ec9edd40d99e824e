namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>A test class that writes route-graph files to its own temporary folder.</summary>
public abstract class GraphFileTest : IDisposable
{
    private protected GraphFileDir Dir { get; } = new();

    public void Dispose()
    {
        Dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
