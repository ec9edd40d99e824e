namespace TraffickingAbm.Models.NarcoLogic;

/// <summary>Network-state measures shared by the output tables (definitions: R19).</summary>
public static class NetworkMetrics
{
    /// <summary>Transit nodes that received (unseized) flow this month.</summary>
    public static int ActiveNodes(TraffickingWorld w)
    {
        var g = w.Routes.Graph;
        int active = 0;
        var (start, end) = w.Routes.Transit;
        for (int v = start; v < end; v++)
            foreach (int e in g.InEdges(v))
                if (w.Flow[e] > 0) { active++; break; }
        return active;
    }

    /// <summary>Stock held at transit nodes, kg.</summary>
    public static double InTransitKg(TraffickingWorld w)
    {
        double sum = 0;
        var (start, end) = w.Routes.Transit;
        for (int v = start; v < end; v++) sum += w.Stock[v];
        return sum;
    }

    /// <summary>
    /// Flow diversity (R19): Shannon entropy H = −Σ p ln p over edges with unseized flow, p = flow / source
    /// outflow, and evenness H / ln(n) for n such edges (0 when n ≤ 1). <paramref name="org"/> 0 means all.
    /// </summary>
    public static (double Entropy, double Evenness) FlowDiversity(TraffickingWorld w, int org, double sourceOutflowKg)
    {
        if (sourceOutflowKg <= 0) return (0, 0);
        double h = 0;
        int n = 0;
        for (int e = 0; e < w.Routes.EdgeCount; e++)
        {
            if (w.Flow[e] <= 0 || (org != 0 && w.Territory.EdgeOrg[e] != org)) continue;
            double p = w.Flow[e] / sourceOutflowKg;
            h -= p * Math.Log(p);
            n++;
        }
        return (h, n > 1 ? h / Math.Log(n) : 0);
    }
}
