using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>
/// R5 at the source: its permitted out-edges into open nodes (every source edge lies within a territory), in
/// edge order, the list <see cref="NodeShipper"/> would gather. The source has an edge to every transit node,
/// so on large worlds this runs in blocks: one pass counts each block's candidates, a second writes them at the
/// block's offset; the list is the same at any thread count.
/// </summary>
internal sealed class SourceCandidates(TraffickingWorld w) : IBlockBody
{
    private readonly int[] _blockCount = new int[BlockRunner.BlockCount(w.Routes.Graph.OutDegree(w.Routes.Source))];
    private readonly int[] _blockOffset = new int[BlockRunner.BlockCount(w.Routes.Graph.OutDegree(w.Routes.Source))];
    private int[] _output = [];
    private bool _writing;

    /// <summary>Writes the source's candidates to the start of <paramref name="output"/>; returns their count.</summary>
    public int Gather(int[] output)
    {
        int edges = w.Routes.Graph.OutDegree(w.Routes.Source);
        _output = output;
        _writing = false;
        w.Parallel.For(edges, this);
        int total = 0;
        for (int b = 0; b < _blockCount.Length; b++)
        {
            _blockOffset[b] = total;
            total += _blockCount[b];
        }
        _writing = true;
        w.Parallel.For(edges, this);
        return total;
    }

    public void Run(int block, int start, int end, int worker)
    {
        var g = w.Routes.Graph;
        int first = g.OutStart(w.Routes.Source);
        int count = 0, at = _writing ? _blockOffset[block] : 0;
        for (int e = first + start; e < first + end; e++)
        {
            if (w.RoutePref[e] <= 0 || w.NodeClosed[g.Target(e)]) continue;
            if (_writing) _output[at++] = e;
            else count++;
        }
        if (!_writing) _blockCount[block] = count;
    }
}
