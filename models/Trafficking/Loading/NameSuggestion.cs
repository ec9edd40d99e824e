using TraffickingAbm.Engine.Parameters;

namespace TraffickingAbm.Models.Trafficking.Loading;

/// <summary>The "did you mean" hint for a misspelt column or attribute name.</summary>
internal static class NameSuggestion
{
    /// <summary>" (did you mean 'X'?)" for the closest allowed name when it is a likely typo, else "".</summary>
    public static string Hint(string name, IEnumerable<string> allowed) =>
        DidYouMean.Closest(name, allowed) is { } best ? $" (did you mean '{best}'?)" : "";
}
