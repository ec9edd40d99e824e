namespace TraffickingAbm.FirstCut.Models.NarcoLogic;

/// <summary>Network-state measures shared by the output tables (definitions: R19).</summary>
public static class NetworkMetrics
{
    /// <summary>Transit nodes that received (unseized) flow this month.</summary>
    public static int ActiveNodes(TraffickingWorld w)
    {
        var g = w.Routes.Graph;
        int active = 0;
        for (int v = 1; v < w.Routes.Market; v++)
            foreach (int e in g.InEdges(v))
                if (w.Flow[e] > 0) { active++; break; }
        return active;
    }

    /// <summary>Stock held at transit nodes, kg.</summary>
    public static double InTransitKg(TraffickingWorld w)
    {
        double sum = 0;
        for (int v = 1; v < w.Routes.Market; v++) sum += w.Stock[v];
        return sum;
    }
}
