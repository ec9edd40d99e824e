namespace TraffickingAbm.Engine.Runs;

/// <summary>
/// A scenario that cannot be used: unreadable file, YAML syntax error, unknown key, wrong type,
/// out-of-range value or inconsistent values. The message is one line, names the file (or --set),
/// the line and the key, and says what is allowed. Exit code 2 at the CLI.
/// </summary>
public sealed class ScenarioException(string message) : Exception(message);
