using System.Reflection;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// The code version recorded in every manifest: the informational version, which the .NET SDK
/// stamps with the git commit ("0.1.0+&lt;sha&gt;") when built from a checkout.
/// </summary>
public static class CodeVersion
{
    public static string Of(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static string Current => Of(typeof(CodeVersion).Assembly);
}
