namespace TraffickingAbm.Models.Trafficking;

/// <summary>
/// How an interdiction agency picks the route edges it strikes in a month: NarcoLogic's flow rule (R8), route
/// chokepoints, and later node-based or port-of-entry inspection. The agency owns the budget and the learning;
/// a strategy only chooses.
/// </summary>
public interface IRouteInterdiction
{
    /// <summary>
    /// Writes this month's targets into <paramref name="targets"/>[0..count) (best first) and returns count, at most
    /// <paramref name="capacity"/>. <paramref name="previous"/> holds last month's targets in placement order.
    /// </summary>
    int Choose(int tick, int capacity, ReadOnlySpan<int> previous, int[] targets);
}
