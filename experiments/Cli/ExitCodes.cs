namespace TraffickingAbm.Experiments.Cli;

/// <summary>Process exit codes of tabm (docs/architecture.md, "Errors").</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>A failure while running: I/O error, a bug.</summary>
    public const int RuntimeError = 1;
    /// <summary>Bad usage or bad input: unknown option, malformed or invalid scenario.</summary>
    public const int InputError = 2;
}
