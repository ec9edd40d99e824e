namespace TraffickingAbm.Models.Organizations;

/// <summary>The organizations-and-targeting module as models use it: the parameter sections it registers.</summary>
public static class OrganizationsModule
{
    public static IReadOnlyList<Type> ParameterSections { get; } = [typeof(OrganizationParameters), typeof(TargetingParameters)];
}
