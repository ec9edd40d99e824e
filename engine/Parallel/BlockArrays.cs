namespace TraffickingAbm.Engine.Parallel;

/// <summary>
/// Large arrays made in parallel blocks, for world construction: a 1M-node world has arrays of 10M edges
/// (80 MB each), and copying or filling them on one thread, first touch of every page included, was a
/// sequential part of building it. Each block writes its own elements: the result is the same at any thread count.
/// </summary>
public static class BlockArrays
{
    /// <summary>A copy of <paramref name="source"/>.</summary>
    public static T[] Copy<T>(BlockRunner runner, T[] source)
    {
        var copy = GC.AllocateUninitializedArray<T>(source.Length);
        runner.For(source.Length, (start, end) => source.AsSpan(start, end - start).CopyTo(copy.AsSpan(start)));
        return copy;
    }

    /// <summary>An array of <paramref name="length"/> elements, each <paramref name="value"/>.</summary>
    public static T[] Filled<T>(BlockRunner runner, int length, T value)
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        runner.For(length, (start, end) => array.AsSpan(start, end - start).Fill(value));
        return array;
    }
}
