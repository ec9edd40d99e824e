using TraffickingAbm.Models.NarcoLogic;

namespace TraffickingAbm.Models.Tests;

/// <summary>The growth rule of the arrays indexed by position in the month's active edges.</summary>
public class ActiveEdgeRoomTests
{
    [Theory]
    [InlineData(10, 0, 0, 10)]                      // a small world: every edge from the start
    [InlineData(1 << 20, 0, 0, 1 << 17)]            // a large one: 2^17 to begin with
    [InlineData(1 << 20, 5, 1 << 17, 1 << 17)]      // enough: unchanged
    [InlineData(1 << 20, (1 << 17) + 1, 1 << 17, 1 << 18)] // doubles
    [InlineData(1 << 20, 900_000, 1 << 18, 900_000)] // or jumps to what is needed
    [InlineData(1 << 20, 1 << 20, 900_000, 1 << 20)] // never beyond the edge count
    public void GrowsFromTwoToTheSeventeenByDoublingUpToTheEdgeCount(int edges, int needed, int current, int expected) =>
        Assert.Equal(expected, ActiveEdgeQuantities.Room(edges, needed, current));
}
