using TraffickingAbm.Engine.Random;
using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// random: members in a uniformly random order each month — the baseline of every disruption study
/// (Duijn et al. 2014; Bright et al. 2017). Scores come from the member's own stream, so the order of
/// two members never depends on who else is present.
/// </summary>
public sealed class RandomArrests : IArrestStrategy
{
    public string Name => "random";

    public double Score(TargetingContext c, int member) => new RngStream(c.Seed, c.Run, RandomStreams.RandomArrestScore, member, c.Tick).NextDouble();
}
