using TraffickingAbm.Models.Organizations;
using Xunit.Abstractions;

namespace TraffickingAbm.Models.Tests.Organizations;

/// <summary>
/// Stylized fact of static disruption (Bright, Greenhill, Britz, Ritter &amp; Morselli 2017, Global
/// Crime 18(4):424-441): in a modular criminal network, removing actors in order of betweenness
/// fragments the network in fewer steps than removing them by degree or at random, because the few
/// brokers bridging cells have high betweenness but only moderate degree.
/// </summary>
public class StaticDisruptionTests(ITestOutputHelper output)
{
    private const int Cells = 6;
    private const int CellSize = 10;
    private const double WithinCellTie = 0.5;
    private const double Threshold = 0.5;
    private const int RandomOrders = 20;
    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    /// <summary>
    /// 6 cells of 10 members, each within-cell pair tied with probability 0.5 (redrawn until the cell is
    /// connected). Member 0 of each cell is
    /// its broker, tied to the brokers of the 2 neighbouring cells on a ring (so each broker has exactly
    /// 2 brokers as partners and the cells form one connected organization). One extra member, the hub,
    /// is added to a randomly chosen cell and tied to all 10 of its members: the highest degree in the
    /// network, but all of it inside one cell.
    /// </summary>
    private static List<int>[] Organization(int seed, out int hub)
    {
        var rng = new Random(seed);
        int n = Cells * CellSize + 1;
        var g = NetworkMeasuresTests.Graph(n);
        void Tie(int u, int v) { g[u].Add(v); g[v].Add(u); }

        for (int c = 0; c < Cells; c++)
        {
            // A cell is a connected working group: redraw its ties in the (rare, ~1 in 9 networks) case
            // that G(10, 0.5) leaves a member unconnected, so every network starts as one component.
            List<int>[] cell;
            do
            {
                var ties = new List<(int, int)>();
                for (int i = 0; i < CellSize; i++)
                    for (int j = i + 1; j < CellSize; j++)
                        if (rng.NextDouble() < WithinCellTie) ties.Add((i, j));
                cell = NetworkMeasuresTests.Graph(CellSize, [.. ties]);
            } while (NetworkMeasures.ComponentCount(cell, NetworkMeasuresTests.All(CellSize)) != 1);
            for (int i = 0; i < CellSize; i++)
                foreach (int j in cell[i])
                    if (i < j) Tie(c * CellSize + i, c * CellSize + j);
        }
        for (int c = 0; c < Cells; c++)
            Tie(c * CellSize, (c + 1) % Cells * CellSize);
        hub = n - 1;
        int hubCell = rng.Next(Cells);
        for (int i = 0; i < CellSize; i++) Tie(hub, hubCell * CellSize + i);
        return g;
    }

    /// <summary>
    /// Removes one present vertex at a time, the one with the highest score (recomputed on the remaining
    /// network; ties to the lowest index), until the largest component holds less than half of the
    /// remaining actors. Returns the number of removals.
    /// </summary>
    private static int TargetedRemovals(List<int>[] g, Func<bool[], double[]> score)
    {
        var present = NetworkMeasuresTests.All(g.Length);
        int removed = 0;
        while (NetworkMeasures.LargestComponentShare(g, present) >= Threshold)
        {
            var s = score(present);
            int best = -1;
            for (int v = 0; v < g.Length; v++)
                if (present[v] && (best < 0 || s[v] > s[best])) best = v;
            present[best] = false;
            removed++;
        }
        return removed;
    }

    private static int RandomRemovals(List<int>[] g, Random rng)
    {
        var order = Enumerable.Range(0, g.Length).ToArray();
        rng.Shuffle(order);
        var present = NetworkMeasuresTests.All(g.Length);
        int removed = 0;
        while (NetworkMeasures.LargestComponentShare(g, present) >= Threshold)
            present[order[removed++]] = false;
        return removed;
    }

    [Fact]
    public void Betweenness_targeting_fragments_a_cell_structured_organization_fastest()
    {
        var byBetweenness = new double[Seeds.Length];
        var byDegree = new double[Seeds.Length];
        var atRandom = new double[Seeds.Length];
        for (int k = 0; k < Seeds.Length; k++)
        {
            var g = Organization(Seeds[k], out int hub);
            Assert.Equal(1, NetworkMeasures.ComponentCount(g, NetworkMeasuresTests.All(g.Length)));
            var degrees = NetworkMeasures.Degrees(g, NetworkMeasuresTests.All(g.Length));
            Assert.Equal(degrees.Max(), degrees[hub]); // the decoy really is the top-degree actor

            byBetweenness[k] = TargetedRemovals(g, p => NetworkMeasures.Betweenness(g, p));
            byDegree[k] = TargetedRemovals(g, p => Array.ConvertAll(NetworkMeasures.Degrees(g, p), d => (double)d));
            var rng = new Random(1000 + Seeds[k]);
            atRandom[k] = Enumerable.Range(0, RandomOrders).Average(_ => RandomRemovals(g, rng));
            output.WriteLine($"seed {Seeds[k]}: betweenness {byBetweenness[k]}, degree {byDegree[k]}, random {atRandom[k]:F2}");
        }
        output.WriteLine($"mean: betweenness {byBetweenness.Average():F2}, degree {byDegree.Average():F2}, random {atRandom.Average():F2}");

        Assert.True(byBetweenness.Average() < byDegree.Average(), "betweenness should beat degree on average");
        Assert.True(byBetweenness.Average() < atRandom.Average(), "betweenness should beat random removal on average");
        for (int k = 0; k < Seeds.Length; k++)
            Assert.True(byBetweenness[k] <= byDegree[k], $"seed {Seeds[k]}: betweenness {byBetweenness[k]} > degree {byDegree[k]}");
    }
}
