namespace TraffickingAbm.Models.Trafficking;

/// <summary>
/// What is shipped: cocaine, or one of the three stages of the fentanyl chain (precursor chemicals,
/// fentanyl powder, and pills pressed from it).
/// </summary>
public enum Commodity : byte { Cocaine, Precursor, Powder, Pills }

/// <summary>The spellings of <see cref="Commodity"/> in files: cocaine, precursor, powder, pills.</summary>
public static class CommodityNames
{
    private static readonly KebabNames<Commodity> Names = new("cocaine", "precursor", "powder", "pills");

    /// <summary>Every spelling, in the order of the enum.</summary>
    public static IReadOnlyList<string> All => Names.All;

    public static string Name(Commodity commodity) => Names.Name(commodity);

    /// <summary>Exact, case-sensitive match of a file spelling.</summary>
    public static bool TryParse(string? text, out Commodity commodity) => Names.TryParse(text, out commodity);
}
