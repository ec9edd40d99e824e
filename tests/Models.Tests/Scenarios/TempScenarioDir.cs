namespace TraffickingAbm.Models.Tests.Scenarios;

/// <summary>A fresh temporary folder for scenario files, deleted on dispose.</summary>
internal sealed class TempScenarioDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tabm-scenario-tests-" + Guid.NewGuid().ToString("N"));

    public TempScenarioDir() => Directory.CreateDirectory(Path);

    /// <summary>Writes <paramref name="yaml"/> byte-exact (UTF-8, no BOM) to NAME.yaml and returns its full path.</summary>
    public string Write(string name, string yaml)
    {
        string file = System.IO.Path.Combine(Path, name + ".yaml");
        File.WriteAllBytes(file, new System.Text.UTF8Encoding(false).GetBytes(yaml));
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
