using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Models.Tests;

public class RandomStreamsTests
{
    [Fact]
    public void EveryStreamIsRegisteredOnceWithItsMeaning()
    {
        var all = RandomStreams.Registry.All;
        Assert.Equal(9, all.Count);
        Assert.Equal(all.Count, all.Select(s => s.Id).Distinct().Count());
        Assert.All(all, s => Assert.False(string.IsNullOrWhiteSpace(s.Draws)));
        Assert.Equal(103, RandomStreams.TransitEdges);
    }

    [Fact]
    public void ARegistryRefusesAReusedIdOrName()
    {
        var r = new RandomStreamRegistry();
        r.Register(1, "a", "node", "x");
        Assert.Throws<InvalidOperationException>(() => r.Register(1, "b", "node", "y"));
        Assert.Throws<InvalidOperationException>(() => r.Register(2, "a", "node", "y"));
    }
}
