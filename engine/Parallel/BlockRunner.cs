using System.Runtime.ExceptionServices;

namespace TraffickingAbm.Engine.Parallel;

/// <summary>The work of one partitioned loop: called once per block, from any thread.</summary>
public interface IBlockBody
{
    /// <summary>Processes elements <paramref name="start"/>..<paramref name="end"/>−1 of block <paramref name="block"/>.</summary>
    /// <param name="worker">0..Threads−1: which thread runs the block, for per-thread scratch (never for results
    /// whose value depends on which blocks a thread happened to take, except exact integer counts).</param>
    void Run(int block, int start, int end, int worker);
}

/// <summary>
/// Runs partitioned loops on a fixed set of threads, deterministically. The partition depends only on the
/// loop's length (blocks of <see cref="BlockSize"/> elements), never on the thread count, so a body that writes
/// its own block's elements, or one partial result per block that the caller then combines in block order,
/// gives bit-identical results at any thread count. With one thread, or one block, the loop runs inline.
/// The worker threads are started once; running a loop allocates nothing.
/// </summary>
public sealed class BlockRunner : IDisposable
{
    /// <summary>Elements per block. Part of the model's arithmetic (partial sums follow it): changing it changes
    /// the last bits of reductions over more than one block, so it is a constant, not a setting.</summary>
    public const int BlockSize = 1 << 15;

    /// <summary>A runner without worker threads.</summary>
    public static BlockRunner Sequential { get; } = new(1);

    private readonly Thread[] _workers;
    private readonly SemaphoreSlim[] _wake;
    private readonly ManualResetEventSlim _done = new(false);
    private IBlockBody? _body;
    private int _length, _blocks, _blockSize, _next, _busyWorkers;
    private ExceptionDispatchInfo? _failure;
    private volatile bool _disposed;
    private readonly long _spinTime;

    public BlockRunner(int threads)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be at least 1");
        Threads = threads;
        // More threads than cores: a spinning thread would hold a core that a working one needs.
        _spinTime = threads <= Environment.ProcessorCount ? SpinTime : 0;
        _workers = new Thread[threads - 1];
        _wake = new SemaphoreSlim[threads - 1];
        for (int i = 0; i < _workers.Length; i++)
        {
            _wake[i] = new SemaphoreSlim(0);
            int worker = i + 1;
            _workers[i] = new Thread(() => WorkerLoop(worker)) { IsBackground = true, Name = $"tabm-block-{worker}" };
            _workers[i].Start();
        }
    }

    public int Threads { get; }

    /// <summary>Number of blocks a loop over <paramref name="length"/> elements has (at least 1).</summary>
    public static int BlockCount(int length) => Math.Max(1, (length + BlockSize - 1) / BlockSize);


    /// <summary>Runs <paramref name="body"/> on every block of 0..<paramref name="length"/>−1 and returns when all are done.</summary>
    public void For(int length, IBlockBody body) => Run(length, BlockSize, body);

    /// <summary>Elements per block of <see cref="ForElementwise"/>.</summary>
    public const int ElementwiseBlockSize = 1 << 11;

    /// <summary>
    /// Runs <paramref name="body"/> on blocks of <see cref="ElementwiseBlockSize"/> elements, for bodies that
    /// only write their own elements' results (no partial sums, which would depend on the partition): short but
    /// costly loops, such as the logarithms of the month's active edges, then spread over every thread.
    /// </summary>
    public void ForElementwise(int length, IBlockBody body) => Run(length, ElementwiseBlockSize, body);

    /// <summary>Number of blocks <see cref="ForElementwise"/> cuts <paramref name="length"/> elements into (at least 1).</summary>
    public static int ElementwiseBlockCount(int length) => Math.Max(1, (length + ElementwiseBlockSize - 1) / ElementwiseBlockSize);

    /// <summary>
    /// Runs <paramref name="body"/> once per item 0..<paramref name="count"/>−1 (block = start = item, end = item + 1),
    /// for work whose items are independent and large (one organization's shipping). Items share nothing, so
    /// which thread takes which item cannot change the result.
    /// </summary>
    public void ForEach(int count, IBlockBody body) => Run(count, 1, body);

    private void Run(int length, int blockSize, IBlockBody body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int blocks = Math.Max(1, (length + blockSize - 1) / blockSize);
        if (_workers.Length == 0 || blocks == 1)
        {
            for (int b = 0; b < blocks; b++) body.Run(b, b * blockSize, Math.Min(length, (b + 1) * blockSize), 0);
            return;
        }
        _body = body;
        _length = length;
        _blockSize = blockSize;
        _blocks = blocks;
        _next = 0;
        _failure = null;
        int helpers = Math.Min(_workers.Length, blocks - 1);
        _busyWorkers = helpers;
        _done.Reset();
        for (int i = 0; i < helpers; i++) _wake[i].Release();
        RunBlocks(0);
        // A worker of the previous loop may Set _done after this loop's Reset (it decrements, the caller sees 0
        // and returns, then the worker signals): so a wake-up proves nothing, only the count does.
        SpinUntilIdle();
        while (Volatile.Read(ref _busyWorkers) > 0)
        {
            _done.Wait();
            _done.Reset();
        }
        _body = null;
        _failure?.Throw();
    }

    /// <summary>
    /// Runs <paramref name="body"/>(start, end) on every block: a convenience for one-off work such as world
    /// construction (it allocates a delegate adapter; monthly phases implement <see cref="IBlockBody"/>).
    /// </summary>
    public void For(int length, Action<int, int> body) => For(length, new RangeBody(body));

    /// <summary>
    /// <see cref="ForElementwise(int, IBlockBody)"/> for one-off work such as world construction, whose loops
    /// over nodes or departments are too short to keep every thread busy in blocks of <see cref="BlockSize"/>.
    /// </summary>
    public void ForElementwise(int length, Action<int, int> body) => ForElementwise(length, new RangeBody(body));

    private sealed class RangeBody(Action<int, int> body) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker) => body(start, end);
    }

    private void RunBlocks(int worker)
    {
        try
        {
            var body = _body!;
            int b;
            int size = _blockSize, length = _length;
            while ((b = Interlocked.Increment(ref _next) - 1) < _blocks)
                body.Run(b, b * size, Math.Min(length, (b + 1) * size), worker);
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
            Volatile.Write(ref _next, int.MaxValue / 2); // the others stop taking blocks
        }
    }

    private void WorkerLoop(int worker)
    {
        var wake = _wake[worker - 1];
        while (true)
        {
            SpinForWork(wake);
            wake.Wait();
            if (_disposed) return;
            RunBlocks(worker);
            if (Interlocked.Decrement(ref _busyWorkers) == 0) _done.Set();
        }
    }

    /// <summary>
    /// A month's phases follow each other within microseconds, far less than the time a blocked thread takes
    /// to wake (tens of microseconds on Linux): waiting threads first spin for up to <see cref="SpinTime"/>
    /// (not at all when there are more threads than cores),
    /// so a loop that follows shortly finds its workers awake. Only scheduling changes, never the results.
    /// </summary>
    private static readonly long SpinTime = System.Diagnostics.Stopwatch.Frequency / 1000; // 1 ms

    private void SpinForWork(SemaphoreSlim wake)
    {
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + _spinTime;
        while (wake.CurrentCount == 0 && !_disposed && System.Diagnostics.Stopwatch.GetTimestamp() < deadline)
            Thread.SpinWait(20);
    }

    private void SpinUntilIdle()
    {
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + _spinTime;
        while (Volatile.Read(ref _busyWorkers) > 0 && System.Diagnostics.Stopwatch.GetTimestamp() < deadline)
            Thread.SpinWait(20);
    }

    public void Dispose()
    {
        if (_disposed || ReferenceEquals(this, Sequential)) return;
        _disposed = true;
        foreach (var wake in _wake) wake.Release();
        foreach (var t in _workers) t.Join();
        foreach (var wake in _wake) wake.Dispose();
        _done.Dispose();
    }
}
