using TraffickingAbm.Engine.Random;

namespace TraffickingAbm.Engine.Tests;

/// <summary>
/// Known-answer tests for Philox4x32-10 from the Random123 distribution (kat_vectors, "philox4x32 10").
/// </summary>
public class PhiloxKnownAnswerTests
{
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u,
                0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu,
                0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u,
                0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Block_matches_Random123_reference_vectors(
        uint c0, uint c1, uint c2, uint c3, uint k0, uint k1,
        uint e0, uint e1, uint e2, uint e3)
    {
        Philox4x32.Block(ref c0, ref c1, ref c2, ref c3, k0, k1);

        Assert.Equal(new[] { e0, e1, e2, e3 }, new[] { c0, c1, c2, c3 });
    }

    [Fact]
    public void Block_is_a_pure_function_of_counter_and_key()
    {
        uint a0 = 1, a1 = 2, a2 = 3, a3 = 4;
        uint b0 = 1, b1 = 2, b2 = 3, b3 = 4;
        Philox4x32.Block(ref a0, ref a1, ref a2, ref a3, 5, 6);
        Philox4x32.Block(ref b0, ref b1, ref b2, ref b3, 5, 6);
        Assert.Equal(new[] { a0, a1, a2, a3 }, new[] { b0, b1, b2, b3 });

        // Flipping one key bit changes the output.
        uint d0 = 1, d1 = 2, d2 = 3, d3 = 4;
        Philox4x32.Block(ref d0, ref d1, ref d2, ref d3, 5, 7);
        Assert.NotEqual(new[] { a0, a1, a2, a3 }, new[] { d0, d1, d2, d3 });
    }
}
