using TraffickingAbm.Engine.Graphs;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>Reading route-graph files with one-line errors in the project's "PATH:LINE: message" style.</summary>
internal static class GraphInput
{
    /// <summary>The file's text (a byte-order mark is dropped); unreadable files give "PATH: cannot read NOUN: why".</summary>
    public static string ReadText(string path, string noun)
    {
        if (Directory.Exists(path)) throw new GraphException($"{path}: cannot read the {noun}: it is a directory, not a file");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            throw new GraphException($"{path}: cannot read the {noun}: {why}");
        }
    }

    /// <summary>"ORIGIN:LINE: message", or "ORIGIN: message" when <paramref name="line"/> is 0 (no line applies).</summary>
    public static GraphException At(string origin, int line, string message) =>
        new(line > 0 ? $"{origin}:{line}: {message}" : $"{origin}: {message}");
}
