using TraffickingAbm.Engine.Collections;

namespace TraffickingAbm.Engine.Tests;

public class IntMinHeapTests
{
    [Fact]
    public void PopsInAscendingOrderWhilePushesInterleave()
    {
        var rng = new System.Random(5);
        var heap = new IntMinHeap(2_000);
        var reference = new List<int>();
        for (int step = 0; step < 5_000; step++)
        {
            if (heap.Count < 2_000 && (heap.Count == 0 || rng.NextDouble() < 0.55))
            {
                int x = rng.Next(500); // duplicates too
                heap.Push(x);
                reference.Add(x);
            }
            else
            {
                int min = reference.Min();
                reference.Remove(min);
                Assert.Equal(min, heap.Pop());
            }
            Assert.Equal(reference.Count, heap.Count);
        }
    }

    [Fact]
    public void RefusesToOverflowOrUnderflow()
    {
        var heap = new IntMinHeap(1);
        heap.Push(3);
        Assert.Throws<InvalidOperationException>(() => heap.Push(4));
        Assert.Equal(3, heap.Pop());
        Assert.Throws<InvalidOperationException>(() => heap.Pop());
    }
}
