namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Member roles of a trafficking organization (Kenney 2007; Bright et al. 2017's money- and
/// precursor-holders; Duijn et al. 2014's value-chain roles).
/// </summary>
public enum Role : byte { Leader, Lieutenant, Broker, Producer, Transporter, Financier, Recruiter }

public static class Roles
{
    public static readonly Role[] All = Enum.GetValues<Role>();

    /// <summary>The role's name in output tables and docs.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Leader => "leader",
        Role.Lieutenant => "lieutenant",
        Role.Broker => "broker",
        Role.Producer => "producer",
        Role.Transporter => "transporter",
        Role.Financier => "financier",
        _ => "recruiter",
    };
}
