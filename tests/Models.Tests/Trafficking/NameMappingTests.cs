using TraffickingAbm.Models.Trafficking;

namespace TraffickingAbm.Models.Tests.Trafficking;

public class NameMappingTests
{
    [Fact]
    public void RoleSpellingsRoundTripAndAreKebabCase()
    {
        Assert.Equal(["source", "precursor-source", "lab", "transit", "crossing", "market"], NodeRoleNames.All);
        foreach (var role in Enum.GetValues<NodeRole>())
        {
            Assert.True(NodeRoleNames.TryParse(NodeRoleNames.Name(role), out var back));
            Assert.Equal(role, back);
        }
        Assert.Equal(NodeRole.PrecursorSource, NodeRoleNames.TryParse("precursor-source", out var r) ? r : NodeRole.Market);
    }

    [Theory]
    [InlineData("Source")]
    [InlineData("precursor_source")]
    [InlineData("PrecursorSource")]
    [InlineData("")]
    [InlineData(null)]
    public void RoleParsingIsExact(string? text) => Assert.False(NodeRoleNames.TryParse(text, out _));

    [Fact]
    public void CommoditySpellingsRoundTrip()
    {
        Assert.Equal(["cocaine", "precursor", "powder", "pills"], CommodityNames.All);
        foreach (var c in Enum.GetValues<Commodity>())
        {
            Assert.True(CommodityNames.TryParse(CommodityNames.Name(c), out var back));
            Assert.Equal(c, back);
        }
        Assert.False(CommodityNames.TryParse("fentanyl", out _));
    }
}
