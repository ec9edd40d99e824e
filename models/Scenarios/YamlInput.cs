using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraffickingAbm.Models.Scenarios;

/// <summary>
/// Reading user YAML files (scenarios, experiment specs) with one-line errors: the file's text, and its single
/// document as a mapping. <c>fail</c> turns a finished message into the caller's exception type.
/// </summary>
public static class YamlInput
{
    /// <summary>The file's text; unreadable files give "PATH: cannot read NOUN: why".</summary>
    public static string ReadFile(string path, string noun, Func<string, Exception> fail, string missingHint = "")
    {
        if (Directory.Exists(path)) throw fail($"{path}: cannot read {noun}: it is a directory, not a YAML file");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file" + missingHint,
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            throw fail($"{path}: cannot read {noun}: {why}");
        }
    }

    /// <summary>The text's single YAML document, which must be a mapping ("SUBJECT must be a mapping …" otherwise).</summary>
    public static YamlMappingNode ReadMapping(string yaml, string origin, string noun, string subject, string example, Func<string, Exception> fail)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            string detail = e.InnerException?.Message ?? e.Message;
            int cut = detail.IndexOf(": ", StringComparison.Ordinal);
            if (detail.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) detail = detail[(cut + 2)..];
            // The scanner's end mark is where it found the fault (its start can be the enclosing mapping's, line 1).
            var at = e.End.Line > 0 ? e.End : e.Start;
            var (line, column) = ((int)at.Line, (int)at.Column);
            // A tab in an indentation is reported at the mapping it breaks; point at the tab itself.
            if (detail.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(yaml) is { } tab) (line, column) = tab;
            throw fail($"{origin}:{line}: YAML syntax error at column {column}: {detail}");
        }
        if (stream.Documents.Count == 0) throw fail($"{origin}: the {noun} is empty; expected a mapping such as '{example}'");
        if (stream.Documents.Count > 1) throw fail($"{origin}: holds {stream.Documents.Count} YAML documents; a {noun} is one");
        var root = stream.Documents[0].RootNode;
        return root as YamlMappingNode ?? throw At(origin, root, $"{subject} must be a mapping of keys to values, such as '{example}'", fail);
    }

    /// <summary>Line and column (1-based) of the first tab among a line's leading whitespace, or null.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            for (int c = 0; c < lines[i].Length && lines[i][c] is ' ' or '\t'; c++)
                if (lines[i][c] == '\t') return (i + 1, c + 1);
        return null;
    }

    /// <summary>"ORIGIN:LINE: message" for a node.</summary>
    public static Exception At(string origin, YamlNode node, string message, Func<string, Exception> fail) =>
        fail($"{origin}:{node.Start.Line}: {message}");
}
