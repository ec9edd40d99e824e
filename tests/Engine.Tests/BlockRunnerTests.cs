using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Engine.Tests;

public class BlockRunnerTests
{
    private sealed class Recorder(int length) : IBlockBody
    {
        public readonly int[] Visits = new int[length];
        public readonly double[] Partial = new double[BlockRunner.BlockCount(length)];
        public readonly int[] Workers = new int[BlockRunner.BlockCount(length)];

        public void Run(int block, int start, int end, int worker)
        {
            Assert.Equal(block * BlockRunner.BlockSize, start);
            Assert.Equal(Math.Min(Visits.Length, (block + 1) * BlockRunner.BlockSize), end);
            double sum = 0;
            for (int i = start; i < end; i++)
            {
                Interlocked.Increment(ref Visits[i]);
                sum += 1.0 / (i + 1); // not associative in floating point: order matters
            }
            Partial[block] = sum;
            Workers[block] = worker;
        }
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 5)]
    [InlineData(2, BlockRunner.BlockSize)]
    [InlineData(2, BlockRunner.BlockSize + 1)]
    [InlineData(3, 10 * BlockRunner.BlockSize + 17)]
    public void EveryElementRunsOnceInItsFixedBlock(int threads, int length)
    {
        using var runner = new BlockRunner(threads);
        var body = new Recorder(length);
        runner.For(length, body);
        Assert.All(body.Visits, v => Assert.Equal(1, v));
        Assert.All(body.Workers, w => Assert.InRange(w, 0, threads - 1));
    }

    [Fact]
    public void BlockPartialsSummedInOrderAreIdenticalAtAnyThreadCount()
    {
        int length = 7 * BlockRunner.BlockSize + 123;
        double Sum(int threads)
        {
            using var runner = new BlockRunner(threads);
            var body = new Recorder(length);
            for (int repeat = 0; repeat < 5; repeat++) runner.For(length, body); // reuse: the pool restarts cleanly
            return body.Partial.Sum();
        }
        double one = Sum(1);
        Assert.Equal(one, Sum(2));
        Assert.Equal(one, Sum(4));
    }

    [Fact]
    public void UsesMoreThanOneThreadWhenThereAreBlocksToShare()
    {
        using var runner = new BlockRunner(2);
        var seen = new HashSet<int>();
        for (int attempt = 0; attempt < 50 && seen.Count < 2; attempt++)
        {
            var body = new SlowBody();
            runner.For(64 * BlockRunner.BlockSize, body);
            foreach (int w in body.Workers.Keys) seen.Add(w);
        }
        Assert.Equal([0, 1], seen.Order());
    }

    private sealed class SlowBody : IBlockBody
    {
        public readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> Workers = new();

        public void Run(int block, int start, int end, int worker)
        {
            Workers[worker] = true;
            Thread.SpinWait(20_000);
        }
    }

    private sealed class Failing : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            if (block == 3) throw new InvalidOperationException("block 3 failed");
        }
    }

    [Fact]
    public void AnExceptionInABlockReachesTheCallerAndTheRunnerStaysUsable()
    {
        using var runner = new BlockRunner(2);
        var ex = Assert.Throws<InvalidOperationException>(() => runner.For(8 * BlockRunner.BlockSize, new Failing()));
        Assert.Equal("block 3 failed", ex.Message);
        var body = new Recorder(3 * BlockRunner.BlockSize);
        runner.For(3 * BlockRunner.BlockSize, body);
        Assert.All(body.Visits, v => Assert.Equal(1, v));
    }

    [Fact]
    public void RejectsZeroThreadsAndUseAfterDispose()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BlockRunner(0));
        var runner = new BlockRunner(2);
        runner.Dispose();
        Assert.Throws<ObjectDisposedException>(() => runner.For(10, new Recorder(10)));
    }
}

public class BlockRunnerCompletionTests
{
    private sealed class Flags : IBlockBody
    {
        public readonly int[] Done = new int[4];

        public void Run(int block, int start, int end, int worker)
        {
            if (block == 3) Thread.SpinWait(200); // the last block is slow: the caller must still wait for it
            Volatile.Write(ref Done[block], 1);
        }
    }

    [Fact]
    public void ForReturnsOnlyAfterEveryBlockOfThisLoopIsDone()
    {
        // Many short loops back to back: a late completion signal from one loop must not end the next early.
        using var runner = new BlockRunner(2);
        for (int i = 0; i < 20_000; i++)
        {
            var body = new Flags();
            runner.ForEach(4, body);
            for (int b = 0; b < 4; b++) Assert.True(Volatile.Read(ref body.Done[b]) == 1, $"loop {i}: block {b} not finished when For returned");
        }
    }
}
