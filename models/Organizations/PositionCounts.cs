using TraffickingAbm.Engine.Parallel;

namespace TraffickingAbm.Models.Organizations;

/// <summary>
/// Each organization's broker and financier positions (not retired) and how many are filled, for the coupling:
/// a pass over every member (a 1M-node world has about a million) in parallel blocks. Counts are exact integers,
/// per thread and summed afterwards, so they are those of a sequential pass at any thread count.
/// </summary>
internal sealed class PositionCounts
{
    private readonly CriminalNetwork _net;
    private readonly BlockRunner _runner;
    private readonly CountBody _count;
    private readonly int[][] _countsBy;  // per worker: [4 · org + k], k = brokers, brokers in place, financiers, financiers in place

    public PositionCounts(CriminalNetwork net, BlockRunner runner, int orgSlots)
    {
        _net = net;
        _runner = runner;
        _count = new CountBody(this);
        _countsBy = new int[runner.Threads][];
        for (int t = 0; t < runner.Threads; t++) _countsBy[t] = new int[4 * orgSlots];
    }

    /// <summary>Per organization 0..<paramref name="orgs"/>: broker and financier positions (not retired), and those filled.</summary>
    public void Count(int orgs, Span<int> brokers, Span<int> brokersIn, Span<int> financiers, Span<int> financiersIn)
    {
        foreach (var counts in _countsBy) Array.Clear(counts, 0, 4 * (orgs + 1));
        _runner.For(_net.Count, _count);
        brokers.Clear(); brokersIn.Clear(); financiers.Clear(); financiersIn.Clear();
        foreach (var counts in _countsBy)
            for (int org = 0; org <= orgs; org++)
            {
                brokers[org] += counts[4 * org];
                brokersIn[org] += counts[4 * org + 1];
                financiers[org] += counts[4 * org + 2];
                financiersIn[org] += counts[4 * org + 3];
            }
    }

    private sealed class CountBody(PositionCounts b) : IBlockBody
    {
        public void Run(int block, int start, int end, int worker)
        {
            var net = b._net;
            var counts = b._countsBy[worker];
            for (int m = start; m < end; m++)
            {
                if (net.Retired[m]) continue;
                var role = net.Role[m];
                int at = 4 * net.Org[m];
                if (role == Role.Broker) { counts[at]++; if (net.Occupied[m]) counts[at + 1]++; }
                else if (role == Role.Financier) { counts[at + 2]++; if (net.Occupied[m]) counts[at + 3]++; }
            }
        }
    }
}
