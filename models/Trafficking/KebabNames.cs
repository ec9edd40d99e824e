namespace TraffickingAbm.Models.Trafficking;

/// <summary>
/// The file spellings of an enum's members, in declaration order (one per member, kebab-case). Lookups are
/// exact and case-sensitive, so a file is read the same way on every machine.
/// </summary>
internal sealed class KebabNames<TEnum> where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly TEnum[] _values = Enum.GetValues<TEnum>();

    public KebabNames(params string[] names)
    {
        if (names.Length != _values.Length)
            throw new ArgumentException($"{typeof(TEnum).Name} has {_values.Length} members but {names.Length} spellings were given");
        _names = names;
    }

    /// <summary>Every spelling, in declaration order.</summary>
    public IReadOnlyList<string> All => _names;

    public string Name(TEnum value)
    {
        int i = Array.IndexOf(_values, value);
        return i >= 0 ? _names[i] : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a {typeof(TEnum).Name}");
    }

    public bool TryParse(string? text, out TEnum value)
    {
        int i = text is null ? -1 : Array.IndexOf(_names, text);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }
}
