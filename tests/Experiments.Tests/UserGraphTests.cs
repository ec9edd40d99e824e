namespace TraffickingAbm.Experiments.Tests;

/// <summary>A scenario selects a user's route graph (landscape.graph) and runs it through tabm run.</summary>
public sealed class UserGraphTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TheShippedCorridorScenarioRunsOnItsCsvGraphAndTheGraphMlCopyGivesTheSameRows()
    {
        string csv = _dir.Combine("csv"), graphml = _dir.Combine("graphml");
        var r = Cli.Run("run", RepoPath.Of("docs/examples/corridor.yaml"), "--out", csv, "--ticks", "48");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("11 nodes, 20 edges", r.Stdout);
        var runs = Engine.Output.ParquetTableReader.ReadAll(Path.Combine(csv, "runs.parquet"));
        Assert.Equal([11], runs["nodes"].Cast<int>());
        Assert.True((double)runs["delivered_kg"][0] > 0, "flow reaches the market over the loaded graph");
        Assert.True((int)runs["nodes_ever_used"][0] >= 2);

        var g = Cli.Run("run", RepoPath.Of("docs/examples/corridor.yaml"), "--out", graphml, "--ticks", "48",
            "--set", $"landscape.graph={RepoPath.Of("docs/examples/graphs/corridor.graphml")}", "--set", "landscape.graph_edges=");
        Assert.True(g.ExitCode == 0, g.ToString());
        foreach (string file in new[] { "runs.parquet", "ticks.parquet", "events.parquet", "org_ticks.parquet" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(csv, file)), File.ReadAllBytes(Path.Combine(graphml, file)));
        string manifest = File.ReadAllText(Path.Combine(csv, "manifest.json"));
        Assert.Contains(RepoPath.Of("docs/examples/graphs/corridor-nodes.csv").Replace("\\", "\\\\"), manifest); // the resolved path
    }

    [Fact]
    public void ABadGraphIsAnInputErrorNamingTheFileAndLine()
    {
        string nodes = File.ReadAllText(RepoPath.Of("docs/examples/graphs/corridor-nodes.csv")).Replace("pa-colon,transit,PA,9.36", "pa-colon,transit,PA,99.36");
        _dir.WriteFile("nodes.csv", nodes);
        File.Copy(RepoPath.Of("docs/examples/graphs/corridor-edges.csv"), _dir.Combine("edges.csv"));
        string scenario = _dir.WriteFile("s.yaml", "landscape:\n  graph: nodes.csv\n  graph_edges: edges.csv\n");
        var r = Cli.Run("run", scenario, "--out", _dir.Combine("o"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nodes.csv:3: field 'lat' = 99.36 is out of range", r.Stderr);
        Assert.False(Directory.Exists(_dir.Combine("o")), "no output folder for a graph that cannot be built");
    }

    [Fact]
    public void ANodesCsvWithoutItsEdgesIsRefusedWhenTheScenarioLoads()
    {
        string scenario = _dir.WriteFile("s.yaml", "ticks: 3\nlandscape:\n  graph: nodes.csv\n");
        var r = Cli.Run("run", scenario, "--out", _dir.Combine("o"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("s.yaml:3: key 'landscape.graph' is a nodes CSV; give its edges CSV as 'landscape.graph_edges'", r.Stderr);
    }

    [Fact]
    public void ATransitNodeWithoutAnOrganizationIsRefusedForNarcoLogic()
    {
        string nodes = File.ReadAllText(RepoPath.Of("docs/examples/graphs/corridor-nodes.csv")).Replace("mx-nuevo-laredo,crossing,MX,27.48,-99.51,1,", "mx-nuevo-laredo,crossing,MX,27.48,-99.51,0,");
        _dir.WriteFile("nodes.csv", nodes);
        File.Copy(RepoPath.Of("docs/examples/graphs/corridor-edges.csv"), _dir.Combine("edges.csv"));
        var r = Cli.Run("run", _dir.WriteFile("s.yaml", "landscape:\n  graph: nodes.csv\n  graph_edges: edges.csv\n"), "--out", _dir.Combine("o"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("node 'mx-nuevo-laredo' (crossing) has no organization", r.Stderr);
    }
}
