namespace TraffickingAbm.Models.Tests.Trafficking;

/// <summary>A temporary folder for route-graph files, and the repository's docs/examples/graphs.</summary>
internal sealed class GraphFileDir : IDisposable
{
    private readonly TempDirectory _dir = new();

    /// <summary>Writes <paramref name="text"/> byte-exact (UTF-8, no BOM) to NAME and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = _dir.Sub(name);
        File.WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
        return path;
    }

    public string Missing(string name) => _dir.Sub(name);

    public void Dispose() => _dir.Dispose();

    /// <summary>A file under docs/examples/graphs, found by walking up to TraffickingAbm.sln.</summary>
    public static string Example(string name) => Path.Combine(RepoRoot(), "docs", "examples", "graphs", name);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TraffickingAbm.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return dir.FullName;
    }

    /// <summary>Asserts that loading fails with a one-line message "PATH:LINE: " (or "PATH: " for line 0) holding every fragment.</summary>
    public static void AssertFails(Action load, string path, int line, string[] fragments)
    {
        var e = Assert.Throws<TraffickingAbm.Engine.Graphs.GraphException>(load);
        string start = line > 0 ? $"{path}:{line}: " : $"{path}: ";
        Assert.True(e.Message.StartsWith(start, StringComparison.Ordinal), $"expected to start with '{start}': {e.Message}");
        Assert.False(e.Message.Contains('\n'), $"not one line: {e.Message}");
        foreach (string fragment in fragments)
            Assert.True(e.Message.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in: {e.Message}");
    }
}
