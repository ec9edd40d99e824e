using TraffickingAbm.Experiments.Cli;

namespace TraffickingAbm.Experiments.Tests;

/// <summary>Runs <see cref="TabmCli.Run"/> in-process with captured output.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Lines(Stdout);
        public string[] StderrLines => Lines(Stderr);

        private static string[] Lines(string text) =>
            text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    public static Result Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = TabmCli.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tabm-cli-tests-" + Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public string WriteFile(string name, string text)
    {
        string file = Combine(name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
