namespace TraffickingAbm.Experiments.Tests;

/// <summary>Files of the repository the tests run from (docs, examples): found by walking up to TraffickingAbm.sln.</summary>
internal static class RepoPath
{
    public static string Of(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TraffickingAbm.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, relative);
    }
}
