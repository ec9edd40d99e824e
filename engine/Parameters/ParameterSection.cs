namespace TraffickingAbm.Engine.Parameters;

/// <summary>
/// Base of a module's parameter record: immutable properties, each declared with <see cref="ParameterAttribute"/>
/// and initialized to its default. A <see cref="ParameterSet"/> holds one instance per section.
/// </summary>
public abstract record ParameterSection
{
    /// <summary>A copy of the same derived type (records copy through their virtual clone).</summary>
    internal ParameterSection Copy() => this with { };
}
